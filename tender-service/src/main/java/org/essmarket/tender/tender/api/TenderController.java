package org.essmarket.tender.tender.api;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.essmarket.platform.web.ETags;
import org.essmarket.platform.web.PageResponse;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderFilter;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The tender API (DESIGN.md §3 "Tender", §6): public reads, buyers' writes with optimistic locking
 * through ETag / If-Match, facilitators' validation.
 */
@RestController
@RequestMapping("/api/v1/tenders")
public class TenderController {

    private final TenderService tenders;

    public TenderController(TenderService tenders) {
        this.tenders = tenders;
    }

    @PostMapping
    @Tag(name = "Tenders")
    @Operation(operationId = "createTender", summary = "Create a DRAFT, or a PLANNED announcement with "
            + "announceAhead (buyers)")
    @ApiResponse(responseCode = "201", description = "Created; ETag carries its version")
    public ResponseEntity<TenderResponse> createTender(@Valid @RequestBody TenderRequest request, Authentication user) {
        Tender tender = tenders.createTender(Callers.of(user), request.toTerms(), Boolean.TRUE.equals(request.announceAhead()));
        return withETag(ResponseEntity.created(URI.create("/api/v1/tenders/" + tender.id())), tender)
                .body(response(tender, user));
    }

    @GetMapping
    @Tag(name = "Tenders")
    @Operation(operationId = "listTenders", summary = "Published, planned, closed and awarded tenders (anyone); "
            + "mine=true for a buyer's own")
    public PageResponse<TenderResponse> listTenders(
            @RequestParam(required = false) Set<TenderStatus> status,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{1,8}") String cpv,
            @RequestParam(required = false) @Pattern(regexp = "[0-9AB]{2,3}") String department,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Authentication user) {
        return PageResponse.of(tenders.listTenders(Callers.of(user), new TenderFilter(status, cpv, department, null), mine,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))), tender -> response(tender, user));
    }

    /** The tenders of the caller's buyer body, whatever their status. */
    @GetMapping("/mine")
    @Tag(name = "Tenders")
    @Operation(operationId = "listMyTenders", summary = "The tenders of the caller's buyer body, any status (buyers)")
    public PageResponse<TenderResponse> listMyTenders(@RequestParam(required = false) Set<TenderStatus> status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication user) {
        return listTenders(status, null, null, true, page, size, user);
    }

    @GetMapping("/{id}")
    @Tag(name = "Tenders")
    @Operation(operationId = "getTender", summary = "A tender with its lots", description = "Public tenders for "
            + "anyone; drafts only for their buyer body and admins. ETag carries its version.")
    public ResponseEntity<TenderResponse> findTender(@PathVariable String id, Authentication user) {
        return ok(tenders.findTender(Callers.of(user), id), user);
    }

    @PutMapping("/{id}")
    @Tag(name = "Tenders")
    @Operation(operationId = "updateTender", summary = "Edit while PLANNED, DRAFT or REJECTED (owner buyer, "
            + "If-Match)")
    public ResponseEntity<TenderResponse> updateTender(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TenderRequest request, Authentication user) {
        Tender tender = tenders.updateTender(Callers.of(user), id, ETags.requireVersion(ifMatch), request.toTerms());
        return ok(tender, user);
    }

    @PostMapping("/{id}/draft")
    @Tag(name = "Tenders")
    @Operation(operationId = "startTenderDraft", summary = "Turn a PLANNED announcement into a DRAFT (owner buyer)")
    public ResponseEntity<TenderResponse> startDrafting(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Authentication user) {
        return ok(tenders.startDrafting(Callers.of(user), id, ETags.optionalVersion(ifMatch)), user);
    }

    /** A written reason for each compliance warning the buyer submits despite, by rule id ({@code "C1": "…"}). */
    public record SubmitRequest(@Size(max = 50) Map<@Size(max = 20) String, @Size(max = 2_000) String> warningReasons) {
    }

    @PostMapping("/{id}/submit")
    @Tag(name = "Tenders")
    @Operation(operationId = "submitTender", summary = "Submit for a facilitator's validation (owner buyer)",
            description = "Refused with 409 (problem+json naming `rule`, the article, and `ruleId`) while a "
                    + "compliance rule blocks the tender, and with 400 naming `warningReasons.<ruleId>` while a "
                    + "compliance warning (GET /api/v1/tenders/{id}/compliance) has no written reason. The "
                    + "warnings and reasons are kept on the tender (complianceWarnings).")
    @ApiResponse(responseCode = "200", description = "Submitted")
    public ResponseEntity<TenderResponse> submitTender(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) SubmitRequest request, Authentication user) {
        Map<String, String> reasons = request == null || request.warningReasons() == null ? Map.of()
                : request.warningReasons();
        return ok(tenders.submitTender(Callers.of(user), id, ETags.optionalVersion(ifMatch), reasons), user);
    }

    /** Why a tender is rejected or cancelled. */
    public record ReasonRequest(@Size(max = 2_000) String reason) {
    }

    @PostMapping("/{id}/cancel")
    @Tag(name = "Tenders")
    @Operation(operationId = "cancelTender", summary = "Cancel, with a reason (owner buyer)")
    public ResponseEntity<TenderResponse> cancelTender(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) ReasonRequest request, Authentication user) {
        return ok(tenders.cancelTender(Callers.of(user), id, ETags.optionalVersion(ifMatch), reason(request)), user);
    }

    @PostMapping("/{id}/publish")
    @Tag(name = "Tenders")
    @Operation(operationId = "publishTender", summary = "Validate and publish (admins)")
    public ResponseEntity<TenderResponse> publishTender(@PathVariable String id, Authentication user) {
        return ok(tenders.publishTender(Callers.of(user), id), user);
    }

    @PostMapping("/{id}/reject")
    @Tag(name = "Tenders")
    @Operation(operationId = "rejectTender", summary = "Send back to the buyer, with a reason (admins)")
    public ResponseEntity<TenderResponse> rejectTender(@PathVariable String id,
            @Valid @RequestBody(required = false) ReasonRequest request, Authentication user) {
        return ok(tenders.rejectTender(Callers.of(user), id, reason(request)), user);
    }

    private static String reason(ReasonRequest request) {
        return request == null ? null : request.reason();
    }

    private static ResponseEntity<TenderResponse> ok(Tender tender, Authentication user) {
        return withETag(ResponseEntity.ok(), tender).body(response(tender, user));
    }

    private static TenderResponse response(Tender tender, Authentication user) {
        return TenderResponse.of(tender, TenderService.readsCompliance(Callers.of(user), tender));
    }

    private static ResponseEntity.BodyBuilder withETag(ResponseEntity.BodyBuilder response, Tender tender) {
        return response.eTag(ETags.of(tender.version()));
    }
}
