package org.essmarket.supplier.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.essmarket.supplier.supplier.domain.Contact;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private static SupplierProfile structure(String website, String... contactEmails) {
        return new SupplierProfile("Baluchon", null, null, null, null, Set.of(SupplierKind.EI), null, List.of(), null,
                null, null, null, null, null, null, null,
                List.of(contactEmails).stream().map(email -> new Contact("Contact", null, email, null)).toList(),
                website);
    }

    private static Claimant verified(String email) {
        return new Claimant("user-1", email, true);
    }

    @Test
    void a_verified_email_at_the_domain_of_the_structures_website_proves_membership() {
        assertThat(ClaimRules.emailProvesMembership(verified("camille@Baluchon.fr"),
                structure("http://www.baluchon.fr/accueil"))).contains("baluchon.fr");
    }

    @Test
    void a_verified_email_at_the_domain_of_a_contacts_email_proves_membership() {
        assertThat(ClaimRules.emailProvesMembership(verified("camille@baluchon.fr"),
                structure(null, "direction@baluchon.fr"))).contains("baluchon.fr");
    }

    @Test
    void an_email_keycloak_did_not_verify_proves_nothing() {
        assertThat(ClaimRules.emailProvesMembership(new Claimant("user-1", "camille@baluchon.fr", false),
                structure("https://baluchon.fr"))).isEmpty();
    }

    @Test
    void an_address_at_a_public_mailbox_provider_proves_nothing_even_when_the_structure_writes_from_one() {
        assertThat(ClaimRules.emailProvesMembership(verified("someone@gmail.com"),
                structure(null, "asso.baluchon@gmail.com"))).isEmpty();
        assertThat(ClaimRules.emailProvesMembership(verified("someone@orange.fr"),
                structure("https://www.orange.fr"))).isEmpty();
    }

    @Test
    void another_domain_or_a_sub_domain_proves_nothing() {
        assertThat(ClaimRules.emailProvesMembership(verified("camille@baluchon.com"), structure("https://baluchon.fr")))
                .isEmpty();
        assertThat(ClaimRules.emailProvesMembership(verified("camille@mail.baluchon.fr"),
                structure("https://baluchon.fr"))).isEmpty();
        assertThat(ClaimRules.emailProvesMembership(verified("camille@baluchon.fr"), structure(null))).isEmpty();
    }

    @Test
    void a_refused_user_may_claim_again_only_thirty_days_after_the_refusal() {
        Claim refused = Claim.request("c1", "s1", verified("camille@baluchon.fr"), NOW.minusSeconds(60));
        refused.reject("admin-1", "not an employee", NOW);

        assertThat(ClaimRules.refusedUntil(refused, NOW.plus(ClaimRules.REFUSAL_COOLDOWN).minusSeconds(1)))
                .contains(NOW.plus(ClaimRules.REFUSAL_COOLDOWN));
        assertThat(ClaimRules.refusedUntil(refused, NOW.plus(ClaimRules.REFUSAL_COOLDOWN))).isEmpty();
    }

    @Test
    void a_pending_or_approved_claim_keeps_no_one_waiting() {
        Claim pending = Claim.request("c1", "s1", verified("camille@baluchon.fr"), NOW);
        assertThat(ClaimRules.refusedUntil(pending, NOW)).isEmpty();
        pending.approve("admin-1", null, NOW);
        assertThat(ClaimRules.refusedUntil(pending, NOW)).isEmpty();
    }
}
