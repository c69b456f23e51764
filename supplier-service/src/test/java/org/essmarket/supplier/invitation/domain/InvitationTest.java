package org.essmarket.supplier.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.essmarket.supplier.claim.domain.Claimant;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private static Invitation invitation() {
        return Invitation.invite("i1", "s1", " Camille@Baluchon.fr ", "hash", "member-1", NOW);
    }

    private static Claimant invitee(String email, boolean verified) {
        return new Claimant("user-2", email, verified);
    }

    @Test
    void the_invited_address_signed_in_and_verified_accepts_once() {
        Invitation invitation = invitation();

        invitation.accept(invitee("camille@baluchon.fr", true), NOW.plusSeconds(60));

        assertThat(invitation.status(NOW.plusSeconds(60))).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(invitation.closedBy()).isEqualTo("user-2");
        assertThatThrownBy(() -> invitation.accept(invitee("camille@baluchon.fr", true), NOW.plusSeconds(120)))
                .isInstanceOf(InvitationClosed.class).hasMessageContaining("already used")
                .extracting("status").isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void another_address_or_an_unverified_one_cannot_accept() {
        Invitation invitation = invitation();

        assertThatThrownBy(() -> invitation.accept(invitee("dominique@baluchon.fr", true), NOW))
                .isInstanceOf(InvitationForAnotherAddress.class);
        assertThatThrownBy(() -> invitation.accept(invitee("camille@baluchon.fr", false), NOW))
                .isInstanceOf(InvitationForAnotherAddress.class);
        assertThat(invitation.status(NOW)).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void an_invitation_expires_after_seven_days_and_says_so_with_its_date() {
        Invitation invitation = invitation();
        Instant lastMoment = NOW.plus(Invitation.VALIDITY).minusSeconds(1);

        assertThat(invitation.status(lastMoment)).isEqualTo(InvitationStatus.PENDING);
        assertThat(invitation.status(NOW.plus(Invitation.VALIDITY))).isEqualTo(InvitationStatus.EXPIRED);
        assertThatThrownBy(() -> invitation.accept(invitee("camille@baluchon.fr", true), NOW.plus(Invitation.VALIDITY)))
                .isInstanceOf(InvitationClosed.class).hasMessageContaining("expired on 2026-12-15")
                .extracting("status").isEqualTo(InvitationStatus.EXPIRED);
    }

    @Test
    void a_revoked_invitation_says_it_was_revoked_and_cannot_be_revoked_again() {
        Invitation invitation = invitation();
        invitation.revoke("member-1", NOW);

        assertThatThrownBy(() -> invitation.accept(invitee("camille@baluchon.fr", true), NOW))
                .isInstanceOf(InvitationClosed.class).hasMessageContaining("revoked");
        assertThatThrownBy(() -> invitation.revoke("member-1", NOW)).isInstanceOf(InvitationClosed.class);
    }

    @Test
    void an_invitation_needs_an_email_address() {
        assertThat(invitation().email()).isEqualTo("camille@baluchon.fr");
        for (String notAnAddress : new String[] { null, "", "camille", "camille@", "a b@c.fr", "@baluchon.fr" }) {
            assertThatThrownBy(() -> Invitation.invite("i1", "s1", notAnAddress, "hash", "member-1", NOW))
                    .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("email");
        }
    }
}
