package org.essmarket.consortium.consortium.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.essmarket.consortium.consortium.api.ConsortiumRequests.Answer;
import org.essmarket.consortium.consortium.api.ConsortiumRequests.CompositionChange;
import org.essmarket.consortium.consortium.api.ConsortiumRequests.CreateGroupement;
import org.essmarket.consortium.consortium.api.ConsortiumRequests.Decision;
import org.essmarket.consortium.consortium.api.ConsortiumRequests.Invitation;
import org.essmarket.consortium.consortium.api.ConsortiumRequests.JointBid;
import org.essmarket.consortium.consortium.api.ConsortiumRequests.MemberScope;
import org.essmarket.consortium.consortium.api.ConsortiumRequests.Message;
import org.essmarket.consortium.consortium.api.ConsortiumRequests.NewLead;
import org.essmarket.consortium.consortium.api.ConsortiumResponses.Groupement;
import org.essmarket.consortium.consortium.api.ConsortiumResponses.Summary;
import org.essmarket.consortium.consortium.application.Caller;
import org.essmarket.consortium.consortium.application.ConsortiumWorkspace;
import org.essmarket.consortium.consortium.application.ConsortiumWorkspace.PartnerSuggestions;
import org.essmarket.consortium.consortium.application.GroupementService;
import org.essmarket.consortium.consortium.application.JointBidRelay;
import org.essmarket.consortium.consortium.domain.ChangeRequest;
import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.domain.ConsortiumMessage;
import org.essmarket.consortium.consortium.domain.ConsortiumRuleViolation;
import org.essmarket.consortium.consortium.domain.ConsortiumStatus;
import org.essmarket.platform.web.ETags;
import org.essmarket.platform.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The groupement workspace (DESIGN.md §3, §6). Every write names the version it changes with
 * {@code If-Match} (428 without, 412 when stale) and answers the groupement with its new ETag.
 */
@RestController
@RequestMapping("/api/v1/consortia")
public class ConsortiumController {

    private static final String IF_MATCH = "If-Match";

    private final ConsortiumWorkspace workspace;
    private final GroupementService groupements;
    private final JointBidRelay jointBids;
    private final Callers callers;

    ConsortiumController(ConsortiumWorkspace workspace, GroupementService groupements, JointBidRelay jointBids,
            Callers callers) {
        this.callers = callers;
        this.workspace = workspace;
        this.groupements = groupements;
        this.jointBids = jointBids;
    }

    /** Pages of at most 100, as everywhere (DESIGN.md §6): a larger size is a 400 naming {@code size}. */
    @GetMapping
    @Tag(name = "Groupements")
    @Operation(operationId = "listMyGroupements", summary = "The groupements of the structures the caller acts for "
            + "(suppliers)")
    public PageResponse<Summary> listMyConsortia(Authentication user,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = callers.of(user);
        return PageResponse.of(workspace.listMyConsortia(caller, PageRequest.of(page, size)),
                consortium -> Summary.of(consortium, caller.actingFor()));
    }

    @PostMapping
    @Tag(name = "Groupements")
    @Operation(operationId = "createGroupement", summary = "Form a groupement for a tender's lots, as its lead "
            + "(suppliers)", description = "One mandate per supplier and tender; 409 with rule when the tender's "
            + "terms or the code de la commande publique forbid it.")
    @ApiResponse(responseCode = "201", description = "Formed; ETag carries its version")
    ResponseEntity<Groupement> createGroupement(@Valid @RequestBody CreateGroupement request, Authentication user) {
        Consortium created = groupements.createGroupement(callers.of(user), request.toFormation());
        return ResponseEntity.created(URI.create("/api/v1/consortia/" + created.id())).eTag(ETags.of(created.version()))
                .body(Groupement.of(created));
    }

    @GetMapping("/{id}")
    @Tag(name = "Groupements")
    @Operation(operationId = "getGroupement", summary = "One groupement: members, lots covered, shares (its members)")
    ResponseEntity<Groupement> findGroupement(@PathVariable String id, Authentication user) {
        Caller caller = callers.of(user);
        return ok(workspace.findGroupement(caller, id), caller);
    }

    @PostMapping("/{id}/members")
    @Tag(name = "Members")
    @Operation(operationId = "inviteGroupementMember", summary = "Invite a supplier for some lots, with its work "
            + "and share (the lead, If-Match)")
    ResponseEntity<Groupement> inviteMember(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody Invitation request, Authentication user) {
        Caller caller = callers.of(user);
        return ok(groupements.inviteMember(caller, id, ETags.requireVersion(ifMatch), request.supplierId(),
                request.toScope()), caller);
    }

    @PutMapping("/{id}/members/{supplierId}")
    @Tag(name = "Members")
    @Operation(operationId = "changeGroupementMember", summary = "Change a member's lots, work or share (the lead, "
            + "If-Match)")
    ResponseEntity<Groupement> changeMember(@PathVariable String id, @PathVariable String supplierId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody MemberScope request,
            Authentication user) {
        Caller caller = callers.of(user);
        return ok(groupements.changeMember(caller, id, ETags.requireVersion(ifMatch), supplierId,
                request.toScope()), caller);
    }

    @PostMapping("/{id}/members/{supplierId}/answer")
    @Tag(name = "Members")
    @Operation(operationId = "answerInvitation", summary = "Accept or decline an invitation, optionally granting "
            + "habilitation (the member's users)")
    ResponseEntity<Groupement> answerInvitation(@PathVariable String id, @PathVariable String supplierId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Answer request,
            Authentication user) {
        long version = ETags.requireVersion(ifMatch);
        Caller caller = callers.of(user);
        return ok(request.accept()
                ? groupements.acceptInvitation(caller, id, version, supplierId, request.grantHabilitation())
                : groupements.declineInvitation(caller, id, version, supplierId), caller);
    }

    /** The lead withdraws an unanswered invitation while forming (409 with the rule otherwise). */
    @PostMapping("/{id}/members/{supplierId}/withdraw-invitation")
    @Tag(name = "Members")
    @Operation(operationId = "withdrawInvitation", summary = "Withdraw an unanswered invitation while forming (the "
            + "lead, If-Match)")
    ResponseEntity<Groupement> withdrawInvitation(@PathVariable String id, @PathVariable String supplierId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Authentication user) {
        Caller caller = callers.of(user);
        return ok(groupements.withdrawInvitation(caller, id, ETags.requireVersion(ifMatch), supplierId), caller);
    }

    @PostMapping("/{id}/members/{supplierId}/habilitation")
    @Tag(name = "Members")
    @Operation(operationId = "grantHabilitation", summary = "Empower the lead to sign for this member (the member's "
            + "users)")
    ResponseEntity<Groupement> grantHabilitation(@PathVariable String id, @PathVariable String supplierId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Authentication user) {
        Caller caller = callers.of(user);
        return ok(groupements.grantHabilitation(caller, id, ETags.requireVersion(ifMatch), supplierId), caller);
    }

    @PostMapping("/{id}/members/{supplierId}/leave")
    @Tag(name = "Members")
    @Operation(operationId = "leaveGroupement", summary = "Leave before submission (the member's users)")
    ResponseEntity<Groupement> leaveGroupement(@PathVariable String id, @PathVariable String supplierId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, Authentication user) {
        Caller caller = callers.of(user);
        return ok(groupements.leaveGroupement(caller, id, ETags.requireVersion(ifMatch), supplierId), caller);
    }

    @PostMapping("/{id}/lead")
    @Tag(name = "Members")
    @Operation(operationId = "handOverLead", summary = "Make another member the lead before submission (the lead)")
    ResponseEntity<Groupement> handOverLead(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody NewLead request,
            Authentication user) {
        Caller caller = callers.of(user);
        return ok(groupements.handOverLead(caller, id, ETags.requireVersion(ifMatch), request.supplierId()), caller);
    }

    /**
     * 200 SUBMITTED with the bid's id; 202 SUBMITTING while tender-service cannot confirm it (retried
     * with the same idempotency key); 409 citing tender-service's rule when it refused the bid.
     */
    @PostMapping("/{id}/submit")
    @Tag(name = "Submission")
    @Operation(operationId = "submitJointBid", summary = "Submit the joint bid (the lead)", description = "Recorded "
            + "once with tender-service (idempotent); 409 with rule when the groupement does not meet the rules "
            + "(shares, habilitations, R2142-21/23).")
    @ApiResponse(responseCode = "200", description = "SUBMITTED: the bid is recorded")
    @ApiResponse(responseCode = "202", description = "SUBMITTING: tender-service is unreachable; retried with the "
            + "same idempotency key until recorded once or refused (after the deadline, a refusal expires it)")
    ResponseEntity<Groupement> submitJointBid(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody JointBid request,
            Authentication user) {
        Consortium consortium = jointBids.submitJointBid(callers.of(user), id, ETags.requireVersion(ifMatch),
                request.toOffers());
        if (consortium.status() == ConsortiumStatus.FORMING || consortium.status() == ConsortiumStatus.EXPIRED) {
            throw new ConsortiumRuleViolation(consortium.submission().refusedRule(), consortium.submission().refusal());
        }
        HttpStatus status = consortium.status() == ConsortiumStatus.SUBMITTED ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).eTag(ETags.of(consortium.version())).body(Groupement.of(consortium));
    }

    @GetMapping("/{id}/messages")
    @Tag(name = "Messages")
    @Operation(operationId = "listGroupementMessages", summary = "The workspace's message thread (members)")
    PageResponse<ConsortiumMessage> readThread(@PathVariable String id, Authentication user,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(workspace.readThread(callers.of(user), id, PageRequest.of(page, size)));
    }

    @PostMapping("/{id}/messages")
    @Tag(name = "Messages")
    @Operation(operationId = "postGroupementMessage", summary = "Write in the thread (members)")
    @ApiResponse(responseCode = "201", description = "Posted")
    ResponseEntity<ConsortiumMessage> postMessage(@PathVariable String id, @Valid @RequestBody Message request,
            Authentication user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(workspace.postMessage(callers.of(user), id, request.text()));
    }

    @GetMapping("/{id}/suggestions")
    @Tag(name = "Members")
    @Operation(operationId = "suggestPartners", summary = "Suppliers who could cover the lots no member covers, and "
            + "why each fits (members)")
    PartnerSuggestions suggestPartners(@PathVariable String id, Authentication user) {
        return workspace.suggestPartners(callers.of(user), id);
    }

    @PostMapping("/{id}/change-requests")
    @Tag(name = "Change requests")
    @Operation(operationId = "requestCompositionChange", summary = "After submission, ask the buyer to change the "
            + "composition (the lead; R2142-26)")
    ResponseEntity<Groupement> requestCompositionChange(@PathVariable String id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody CompositionChange request,
            Authentication user) {
        Caller caller = callers.of(user);
        return ok(groupements.requestCompositionChange(caller, id, ETags.requireVersion(ifMatch),
                request.toProposal()), caller);
    }

    /** The buyer of the tender reads the change requests of a submitted groupement (its members too). */
    @GetMapping("/{id}/change-requests")
    @Tag(name = "Change requests")
    @Operation(operationId = "listChangeRequests", summary = "The composition changes asked and their decisions "
            + "(members, the tender's buyer)")
    ResponseEntity<List<ChangeRequest>> listChangeRequests(@PathVariable String id, Authentication user) {
        Consortium consortium = groupements.changeRequestsOf(callers.of(user), id);
        return ResponseEntity.ok().eTag(ETags.of(consortium.version())).body(consortium.changeRequests());
    }

    @PostMapping("/{id}/change-requests/{requestId}/decision")
    @Tag(name = "Change requests")
    @Operation(operationId = "decideCompositionChange", summary = "Accept or refuse a composition change (the "
            + "tender's buyer)")
    ResponseEntity<List<ChangeRequest>> decideCompositionChange(@PathVariable String id, @PathVariable String requestId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Decision request,
            Authentication user) {
        Consortium consortium = groupements.decideCompositionChange(callers.of(user), id, ETags.requireVersion(ifMatch),
                requestId, request.approve(), request.comment());
        return ResponseEntity.ok().eTag(ETags.of(consortium.version())).body(consortium.changeRequests());
    }

    /** The groupement as the caller may see it: an invitee (or a supplier that just declined) sees its invitation only. */
    private static ResponseEntity<Groupement> ok(Consortium consortium, Caller caller) {
        return ResponseEntity.ok().eTag(ETags.of(consortium.version()))
                .body(Groupement.of(consortium.asSeenBy(caller.actingFor())));
    }
}
