package org.essmarket.supplier.claim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.essmarket.supplier.supplier.domain.DirectoryRuleViolation;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private static Claim pending() {
        return Claim.request("c1", "s1", new Claimant("user-1", "camille@baluchon.fr", false), NOW);
    }

    @Test
    void a_claim_keeps_only_a_verified_email() {
        assertThat(pending().email()).isNull();
        assertThat(Claim.request("c1", "s1", new Claimant("user-1", "camille@baluchon.fr", true), NOW).email())
                .isEqualTo("camille@baluchon.fr");
    }

    @Test
    void refusing_a_claim_needs_a_reason_the_user_reads() {
        Claim claim = pending();

        assertThatThrownBy(() -> claim.reject("admin-1", " ", NOW)).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("reason");
        assertThat(claim.status()).isEqualTo(ClaimStatus.PENDING);
    }

    @Test
    void a_facilitator_may_approve_a_claim_refused_before() {
        Claim claim = pending();
        claim.reject("admin-1", "unknown to the structure", NOW);

        claim.approve("admin-2", "the director confirmed by phone", NOW.plusSeconds(60));

        assertThat(claim.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim.decidedBy()).isEqualTo("admin-2");
        assertThat(claim.reason()).isEqualTo("the director confirmed by phone");
    }

    @Test
    void a_decided_claim_is_not_refused_nor_approved_again() {
        Claim approved = pending();
        approved.approve("admin-1", null, NOW);

        assertThatThrownBy(() -> approved.approve("admin-1", null, NOW)).isInstanceOf(DirectoryRuleViolation.class);
        assertThatThrownBy(() -> approved.reject("admin-1", "changed my mind", NOW))
                .isInstanceOf(DirectoryRuleViolation.class).extracting("field").isEqualTo("status");
    }

    @Test
    void an_email_domain_approval_names_the_domain_and_no_facilitator() {
        Claim claim = pending();

        claim.approveByEmailDomain("baluchon.fr", NOW);

        assertThat(claim.decidedBy()).isEqualTo(Claim.EMAIL_DOMAIN);
        assertThat(claim.reason()).contains("baluchon.fr");
    }
}
