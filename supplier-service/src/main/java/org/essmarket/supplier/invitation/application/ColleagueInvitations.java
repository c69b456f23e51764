package org.essmarket.supplier.invitation.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.essmarket.supplier.claim.application.NewMembers;
import org.essmarket.supplier.claim.domain.Claimant;
import org.essmarket.supplier.invitation.application.InvitationExceptions.InvitationNotFound;
import org.essmarket.supplier.invitation.application.InvitationExceptions.MailUnavailable;
import org.essmarket.supplier.invitation.application.InvitationExceptions.NotAllowed;
import org.essmarket.supplier.invitation.domain.Invitation;
import org.essmarket.supplier.invitation.persistence.InvitationStore;
import org.essmarket.supplier.supplier.application.Caller;
import org.essmarket.supplier.supplier.application.DailyLimitReached;
import org.essmarket.supplier.supplier.application.SupplierDirectory;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * A structure's members invite colleagues by email; the colleague signs up or in with that address
 * and accepts, becoming a member and a supplier.
 */
@Service
public class ColleagueInvitations {

    private static final Duration RATE_WINDOW = Duration.ofDays(1);
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationStore invitations;
    private final SupplierDirectory directory;
    private final NewMembers members;
    private final InvitationMail mail;
    private final InvitationSettings settings;
    private final Clock clock;

    public ColleagueInvitations(InvitationStore invitations, SupplierDirectory directory, NewMembers members,
            InvitationMail mail, InvitationSettings settings, Clock clock) {
        this.invitations = invitations;
        this.directory = directory;
        this.members = members;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** A member invites a colleague: the email carries a link that works for 7 days, once, for that address. */
    public Invitation inviteColleague(Caller member, String supplierId, String email) {
        Supplier supplier = requireMember(member, supplierId);
        Instant now = clock.instant();
        if (invitations.countByMemberSince(member.userId(), now.minus(RATE_WINDOW)) >= settings.maxPerDay()) {
            throw new DailyLimitReached("invite a colleague", settings.maxPerDay());
        }
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Invitation invitation = invitations.save(Invitation.invite(UUID.randomUUID().toString(), supplierId, email,
                hash(token), member.userId(), now));
        try {
            mail.send(invitation, token, supplier.profile().legalName());
        } catch (MailUnavailable notSent) {
            // A link nobody received must not stay valid: the member sends the invitation again.
            invitations.delete(invitation.id());
            throw notSent;
        }
        return invitation;
    }

    /** A member withdraws an invitation not used yet; its link then says it was revoked. */
    public Invitation revokeInvitation(Caller member, String supplierId, String invitationId) {
        requireMember(member, supplierId);
        Invitation invitation = invitations.findById(invitationId).filter(i -> i.supplierId().equals(supplierId))
                .orElseThrow(InvitationNotFound::new);
        invitation.revoke(member.userId(), clock.instant());
        return invitations.save(invitation);
    }

    /** The structure's invitations, for its members. */
    public Page<Invitation> invitationsOf(Caller member, String supplierId, Pageable page) {
        requireMember(member, supplierId);
        return invitations.findBySupplier(supplierId, page);
    }

    /** The invited colleague, signed in with the invited (verified) address, accepts: member and supplier. */
    public Invitation acceptInvitation(Claimant invitee, String token) {
        Invitation invitation = invitations.findByTokenHash(hash(token)).orElseThrow(InvitationNotFound::new);
        invitation.accept(invitee, clock.instant());
        members.join(invitation.supplierId(), invitee.userId(), invitee.userId());
        return invitations.save(invitation);
    }

    public Instant now() {
        return clock.instant();
    }

    private Supplier requireMember(Caller caller, String supplierId) {
        Supplier supplier = directory.findSupplier(caller, supplierId).supplier();
        if (!caller.isSignedIn() || !supplier.isMember(caller.userId())) {
            throw new NotAllowed("only the structure's members invite colleagues");
        }
        return supplier;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasSha256) {
            throw new IllegalStateException(everyJavaHasSha256);
        }
    }
}
