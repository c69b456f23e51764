package org.essmarket.tender.interest.api;

import java.time.Instant;
import java.util.Set;

import org.essmarket.tender.interest.application.InterestService;
import org.essmarket.tender.interest.domain.DeclineReason;
import org.essmarket.tender.interest.domain.InterestLevel;
import org.essmarket.tender.interest.domain.InterestMark;
import org.essmarket.tender.interest.domain.InterestReport;
import org.essmarket.tender.interest.domain.SupplierInterest;
import org.essmarket.tender.tender.api.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Supplier interest in a tender. Views are recorded by an explicit POST that the client sends when
 * it shows the tender to a signed-in supplier, rather than inside GET /tenders/{id}: a GET stays
 * safe (no writes, cacheable, prefetchable without counting) and the tender read stays one query.
 */
@RestController
@RequestMapping("/api/v1/tenders/{tenderId}")
class InterestController {

    /** The caller's mark; the user and the dates are the server's. */
    record MarkRequest(InterestLevel level, DeclineReason reason, String note, Set<Integer> lots) {
    }

    /** The caller's own record on the tender; {@code mark} is absent until it marks one. */
    record MyInterestResponse(String tenderId, boolean viewed, InterestMark mark, Instant markedAt) {

        static MyInterestResponse of(SupplierInterest interest) {
            return new MyInterestResponse(interest.tenderId(), interest.hasViewed(), interest.mark(),
                    interest.markedAt());
        }
    }

    private final InterestService interests;

    InterestController(InterestService interests) {
        this.interests = interests;
    }

    @PostMapping("/views")
    @Tag(name = "Interest")
    @Operation(operationId = "recordTenderView", summary = "Record that the signed-in supplier saw the tender")
    @ApiResponse(responseCode = "204", description = "Recorded")
    ResponseEntity<Void> recordView(@PathVariable String tenderId, Authentication user) {
        interests.recordView(Callers.of(user), tenderId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/interest")
    @Tag(name = "Interest")
    @Operation(operationId = "markInterest", summary = "Interested or not (with a reason), per lot (suppliers)")
    MyInterestResponse markInterest(@PathVariable String tenderId, @RequestBody MarkRequest request,
            Authentication user) {
        return MyInterestResponse.of(interests.markInterest(Callers.of(user), tenderId, request.level(),
                request.reason(), request.note(), request.lots()));
    }

    @GetMapping("/interest/mine")
    @Tag(name = "Interest")
    @Operation(operationId = "getMyInterest", summary = "The caller's own views and mark on the tender (suppliers)")
    MyInterestResponse myInterest(@PathVariable String tenderId, Authentication user) {
        return MyInterestResponse.of(interests.myInterest(Callers.of(user), tenderId));
    }

    @GetMapping("/interest")
    @Tag(name = "Interest")
    @Operation(operationId = "getInterestReport", summary = "Who saw the tender and who is interested (owner buyer, "
            + "admins)")
    InterestReport interestReport(@PathVariable String tenderId, Authentication user) {
        return interests.interestReport(Callers.of(user), tenderId);
    }
}
