package org.essmarket.supplier.claim.api;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.essmarket.platform.security.RealmRoles;
import org.essmarket.platform.validation.ResourceId;
import org.essmarket.platform.web.PageResponse;
import org.essmarket.supplier.claim.application.StructureClaims;
import org.essmarket.supplier.claim.domain.Claim;
import org.essmarket.supplier.claim.domain.Claimant;
import org.essmarket.supplier.supplier.application.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
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

/**
 * Claims: a signed-in user (any account, even without a business role) asks to act for a listed
 * structure; facilitators decide (DESIGN.md §9).
 */
@RestController
@RequestMapping("/api/v1/suppliers")
@Tag(name = "Claims")
public class ClaimController {

    private final StructureClaims claims;

    public ClaimController(StructureClaims claims) {
        this.claims = claims;
    }

    @PostMapping("/{id}/claims")
    @Operation(operationId = "claimSupplier", summary = "Ask to act for this structure (any signed-in user)",
            description = "Approved at once (APPROVED) when the caller's verified email is at the domain of the "
                    + "structure's website or of a contact's email (not a public mailbox provider's); otherwise "
                    + "PENDING until a facilitator decides. Asking again while a claim waits answers that claim. "
                    + "409 (field supplierId) for a member, or for 30 days after a refusal; 429 past the daily "
                    + "limit; 404 for a structure that is not listed. The answer never depends on whether the "
                    + "structure has members.")
    @ApiResponse(responseCode = "201", description = "The claim, PENDING or APPROVED")
    public ResponseEntity<ClaimResponse> claimSupplier(@PathVariable @ResourceId String id,
            JwtAuthenticationToken user) {
        Claim claim = claims.claimStructure(new Claimant(user.getName(), user.getToken().getClaimAsString("email"),
                Boolean.TRUE.equals(user.getToken().getClaimAsBoolean("email_verified"))), id);
        return ResponseEntity.created(URI.create("/api/v1/suppliers/claims/" + claim.id()))
                .body(ClaimResponse.of(claim, false));
    }

    @GetMapping("/claims/mine")
    @Operation(operationId = "listMyClaims", summary = "The caller's claims, the latest first")
    public PageResponse<ClaimResponse> listMyClaims(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, JwtAuthenticationToken user) {
        return PageResponse.of(claims.myClaims(caller(user), PageRequest.of(page, size)),
                claim -> ClaimResponse.of(claim, false));
    }

    @GetMapping("/claims")
    @Operation(operationId = "listPendingClaims", summary = "The facilitators' queue: claims awaiting a decision, "
            + "the oldest first (admins)")
    public PageResponse<ClaimResponse> listPendingClaims(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, JwtAuthenticationToken user) {
        return PageResponse.of(claims.pendingClaims(caller(user), PageRequest.of(page, size)),
                claim -> ClaimResponse.of(claim, true));
    }

    @GetMapping("/claims/{claimId}")
    @Operation(operationId = "getClaim", summary = "A claim (its user, admins; 404 for anyone else)")
    public ClaimResponse findClaim(@PathVariable @ResourceId String claimId, JwtAuthenticationToken user) {
        Caller caller = caller(user);
        return ClaimResponse.of(claims.findClaim(caller, claimId), caller.isAdmin());
    }

    /** Why a facilitator decides so; required to refuse (the user reads it). */
    public record ClaimDecision(@Size(max = 1000) String reason) {
    }

    @PostMapping("/claims/{claimId}/approve")
    @Operation(operationId = "approveClaim", summary = "Approve a claim, pending or refused before (admins)",
            description = "The user becomes a member of the structure and gets the realm role supplier (Keycloak). "
                    + "503 when Keycloak does not answer: the claim stays as it was, approve again.")
    public ClaimResponse approveClaim(@PathVariable @ResourceId String claimId,
            @RequestBody(required = false) @Valid ClaimDecision decision,
            JwtAuthenticationToken user) {
        return ClaimResponse.of(claims.approveClaim(caller(user), claimId, reason(decision)), true);
    }

    @PostMapping("/claims/{claimId}/reject")
    @Operation(operationId = "rejectClaim", summary = "Refuse a pending claim, with a reason (admins)",
            description = "The user may not claim the structure again for 30 days. 400 (field reason) without a "
                    + "reason.")
    public ClaimResponse rejectClaim(@PathVariable @ResourceId String claimId,
            @RequestBody(required = false) @Valid ClaimDecision decision,
            JwtAuthenticationToken user) {
        return ClaimResponse.of(claims.rejectClaim(caller(user), claimId, reason(decision)), true);
    }

    private static String reason(ClaimDecision decision) {
        return decision == null ? null : decision.reason();
    }

    private static Caller caller(JwtAuthenticationToken user) {
        return new Caller(user.getName(), RealmRoles.of(user));
    }
}
