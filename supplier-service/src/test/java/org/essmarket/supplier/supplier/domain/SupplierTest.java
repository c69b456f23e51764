package org.essmarket.supplier.supplier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SupplierTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    private static SupplierProfile profile(String legalName) {
        return new SupplierProfile(legalName, null, null, null, Scale.MICRO, Set.of(SupplierKind.EA), null, List.of(),
                null, null, null, null, null, null, null, null, null, null);
    }

    private static Supplier registered() {
        return Supplier.register("s1", Siret.of("73282932000074", "siret"), profile("Atelier"), "alice", NOW);
    }

    @Test
    void a_registered_supplier_is_pending_with_its_registrant_as_only_member() {
        Supplier supplier = registered();

        assertThat(supplier.status()).isEqualTo(SupplierStatus.PENDING);
        assertThat(supplier.memberIds()).containsExactly("alice");
        assertThat(supplier.audit()).extracting(AuditEntry::action).containsExactly("REGISTERED");
    }

    @Test
    void the_last_member_can_neither_leave_nor_be_removed() {
        Supplier supplier = registered();

        assertThatThrownBy(() -> supplier.removeMember("alice", "alice", NOW))
                .isInstanceOf(DirectoryRuleViolation.class).hasMessageContaining("last member");

        supplier.addMember("bob", "alice", NOW);
        supplier.removeMember("alice", "alice", NOW);
        assertThat(supplier.memberIds()).containsExactly("bob");
        assertThat(supplier.audit()).extracting(AuditEntry::action).endsWith("MEMBER_ADDED", "MEMBER_LEFT");
    }

    @Test
    void an_edit_records_exactly_the_fields_that_changed() {
        Supplier supplier = registered();

        List<String> changed = supplier.updateProfile(profile("Atelier Solidaire"), "alice", NOW);

        assertThat(changed).containsExactly("legalName");
        assertThat(supplier.updateProfile(profile("Atelier Solidaire"), "alice", NOW)).isEmpty();
        assertThat(supplier.audit()).extracting(AuditEntry::action).containsExactly("REGISTERED", "PROFILE_UPDATED");
    }

    @Test
    void facilitators_verify_reject_and_delist_only_from_the_right_status_and_with_a_reason() {
        Supplier pending = registered();
        assertThatThrownBy(() -> pending.delist("admin", "closed", NOW)).isInstanceOf(DirectoryRuleViolation.class);
        assertThatThrownBy(() -> pending.reject("admin", " ", NOW)).isInstanceOf(InvalidFieldException.class);

        pending.verify("admin", null, NOW);
        assertThat(pending.isPubliclyListed()).isTrue();
        assertThatThrownBy(() -> pending.reject("admin", "late", NOW)).isInstanceOf(DirectoryRuleViolation.class);
        pending.delist("admin", "ceased trading", NOW);
        assertThat(pending.status()).isEqualTo(SupplierStatus.DELISTED);
        assertThat(pending.statusReason()).isEqualTo("ceased trading");
    }

    @Test
    void a_merged_duplicate_hands_its_members_over_and_leaves_the_directory() {
        Supplier duplicate = registered();
        Supplier survivor = Supplier.register("s2", Siret.of("35600000049837", "siret"), profile("Atelier"), "bob",
                NOW);

        duplicate.mergeInto(survivor, "admin", "same structure", NOW);

        assertThat(survivor.memberIds()).containsExactly("bob", "alice");
        assertThat(duplicate.mergedInto()).isEqualTo("s2");
        assertThat(duplicate.status()).isEqualTo(SupplierStatus.DELISTED);
        assertThatThrownBy(() -> duplicate.updateProfile(profile("x"), "alice", NOW))
                .isInstanceOf(DirectoryRuleViolation.class);
        assertThatThrownBy(() -> survivor.mergeInto(survivor, "admin", "self", NOW))
                .isInstanceOf(DirectoryRuleViolation.class);
    }

    @Test
    void a_merge_run_again_for_the_same_survivor_hands_the_members_over_and_no_other_survivor_gets_them() {
        Supplier duplicate = registered();
        Supplier survivor = Supplier.register("s2", Siret.of("35600000049837", "siret"), profile("Atelier"), "bob", NOW);
        duplicate.mergeInto(survivor, "admin", "same structure", NOW);
        Supplier survivorReadAgain = Supplier.register("s2", Siret.of("35600000049837", "siret"), profile("Atelier"),
                "bob", NOW);

        duplicate.mergeInto(survivorReadAgain, "admin", "same structure", NOW);

        assertThat(survivorReadAgain.memberIds()).containsExactly("bob", "alice");
        Supplier another = Supplier.register("s3", Siret.of("35600000000001", "siret"), profile("Autre"), "carol", NOW);
        assertThatThrownBy(() -> duplicate.mergeInto(another, "admin", "again", NOW))
                .isInstanceOf(DirectoryRuleViolation.class).hasMessageContaining("merged into s2");
        assertThat(another.memberIds()).containsExactly("carol");
    }

    @Test
    void kinds_say_who_may_bid_on_reserved_lots() {
        assertThat(SupplierKind.ACI.isSiae()).isTrue();
        assertThat(SupplierKind.ESAT.isDisabilityCompany()).isTrue();
        assertThat(SupplierKind.SCOP.isSiae() || SupplierKind.SCOP.isDisabilityCompany()).isFalse();
    }
}
