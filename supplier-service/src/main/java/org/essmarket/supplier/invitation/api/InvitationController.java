package org.essmarket.supplier.invitation.api;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.essmarket.platform.security.RealmRoles;
import org.essmarket.platform.validation.ResourceId;
import org.essmarket.platform.web.PageResponse;
import org.essmarket.supplier.claim.domain.Claimant;
import org.essmarket.supplier.invitation.application.ColleagueInvitations;
import org.essmarket.supplier.invitation.domain.Invitation;
import org.essmarket.supplier.supplier.application.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Colleague invitations by email (DESIGN.md §9): members invite, the addressee accepts with the emailed token. */
@RestController
@RequestMapping("/api/v1/suppliers")
@Tag(name = "Invitations")
public class InvitationController {

    private final ColleagueInvitations invitations;

    public InvitationController(ColleagueInvitations invitations) {
        this.invitations = invitations;
    }

    /** Whom to invite. */
    public record InvitationRequest(@NotBlank @Size(max = 254) String email) {
    }

    @PostMapping("/{id}/invitations")
    @Operation(operationId = "inviteColleague", summary = "Invite a colleague by email (members)",
            description = "Emails a link that works once, for 7 days, for a user signed in with that (verified) "
                    + "address. 429 past the daily limit; 503 when no SMTP server took the email (nothing kept).")
    @ApiResponse(responseCode = "201", description = "The invitation, PENDING")
    public ResponseEntity<InvitationResponse> inviteColleague(@PathVariable @ResourceId String id,
            @Valid @RequestBody InvitationRequest request, JwtAuthenticationToken user) {
        Invitation invitation = invitations.inviteColleague(caller(user), id, request.email());
        return ResponseEntity.created(URI.create("/api/v1/suppliers/" + id + "/invitations/" + invitation.id()))
                .body(InvitationResponse.of(invitation, invitations.now()));
    }

    @GetMapping("/{id}/invitations")
    @Operation(operationId = "listInvitations", summary = "The structure's invitations, the latest first (members)")
    public PageResponse<InvitationResponse> listInvitations(@PathVariable @ResourceId String id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, JwtAuthenticationToken user) {
        return PageResponse.of(invitations.invitationsOf(caller(user), id, PageRequest.of(page, size)),
                invitation -> InvitationResponse.of(invitation, invitations.now()));
    }

    @DeleteMapping("/{id}/invitations/{invitationId}")
    @Operation(operationId = "revokeInvitation", summary = "Revoke an invitation not used yet (members)",
            description = "Its link then answers 410 saying it was revoked.")
    public InvitationResponse revokeInvitation(@PathVariable @ResourceId String id,
            @PathVariable @ResourceId String invitationId, JwtAuthenticationToken user) {
        return InvitationResponse.of(invitations.revokeInvitation(caller(user), id, invitationId), invitations.now());
    }

    /** The token of the emailed link. */
    public record AcceptRequest(@NotBlank @Size(max = 100) String token) {
    }

    @PostMapping("/invitations/accept")
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation (the invited address, signed in)",
            description = "Makes the caller a member of the structure and grants the realm role supplier. 404 for "
                    + "an unknown token; 410 (invitationStatus EXPIRED, REVOKED or ACCEPTED) when it expired, was revoked or "
                    + "used; 403 when the caller's verified email is not the invited address.")
    public InvitationResponse acceptInvitation(@Valid @RequestBody AcceptRequest request, JwtAuthenticationToken user) {
        Claimant invitee = new Claimant(user.getName(), user.getToken().getClaimAsString("email"),
                Boolean.TRUE.equals(user.getToken().getClaimAsBoolean("email_verified")));
        return InvitationResponse.of(invitations.acceptInvitation(invitee, request.token()), invitations.now());
    }

    private static Caller caller(JwtAuthenticationToken user) {
        return new Caller(user.getName(), RealmRoles.of(user));
    }
}
