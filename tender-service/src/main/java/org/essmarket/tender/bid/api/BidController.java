package org.essmarket.tender.bid.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.essmarket.platform.validation.ResourceId;
import org.essmarket.platform.web.ETags;
import org.essmarket.tender.bid.application.BidService;
import org.essmarket.tender.bid.application.BidService.Submission;
import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.tender.api.Callers;
import org.essmarket.tender.tender.domain.LotAward;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Sealed bids on a tender's lots and the award of each lot (DESIGN.md §3, §6): a bid is created
 * once per {@code Idempotency-Key} (201 the first time, 200 with the same bid on a retry).
 */
@RestController
@RequestMapping("/api/v1/tenders/{tenderId}")
public class BidController {

    private final BidService bids;

    public BidController(BidService bids) {
        this.bids = bids;
    }

    @PostMapping("/bids")
    @Tag(name = "Bids")
    @Operation(operationId = "submitBid", summary = "Bid alone or for a groupement before the deadline "
            + "(suppliers)", description = "Idempotency-Key makes a retry return the first bid instead of a second "
            + "one. 409 with rule when a rule of the code de la commande publique or of the tender refuses it.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "The bid already recorded with this Idempotency-Key")
    public ResponseEntity<BidResponse> submitBid(@PathVariable String tenderId,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody BidRequest request, Authentication user) {
        Submission submission = bids.submitBid(Callers.of(user), tenderId, request.toProposal(), idempotencyKey);
        Bid bid = submission.bid();
        ResponseEntity.BodyBuilder response = submission.created()
                ? ResponseEntity.created(URI.create("/api/v1/tenders/" + tenderId + "/bids/" + bid.id()))
                : ResponseEntity.ok();
        return response.eTag(ETags.of(bid.version())).body(BidResponse.of(bid));
    }

    @GetMapping("/bids")
    @Tag(name = "Bids")
    @Operation(operationId = "listBids", summary = "The caller's bids (bidders); all of them after the deadline "
            + "(owner buyer: 409 before it, bids are sealed)")
    public List<BidResponse> listBids(@PathVariable String tenderId, Authentication user) {
        return bids.listBids(Callers.of(user), tenderId).stream().map(BidResponse::of).toList();
    }

    @GetMapping("/bids/{bidId}")
    @Tag(name = "Bids")
    @Operation(operationId = "getBid", summary = "One bid (the bidder; the owner buyer after the deadline)")
    public ResponseEntity<BidResponse> findBid(@PathVariable String tenderId, @PathVariable String bidId,
            Authentication user) {
        Bid bid = bids.findBid(Callers.of(user), tenderId, bidId);
        return ResponseEntity.ok().eTag(ETags.of(bid.version())).body(BidResponse.of(bid));
    }

    @PostMapping("/bids/{bidId}/withdraw")
    @Tag(name = "Bids")
    @Operation(operationId = "withdrawBid", summary = "Withdraw before the deadline (the bid's tenderers)")
    public BidResponse withdrawBid(@PathVariable String tenderId, @PathVariable String bidId, Authentication user) {
        return BidResponse.of(bids.withdrawBid(Callers.of(user), tenderId, bidId));
    }

    /** Which bid wins the lot. */
    public record AwardRequest(@NotBlank @ResourceId String bidId) {
    }

    @PostMapping("/lots/{lotNumber}/award")
    @Tag(name = "Lots")
    @Operation(operationId = "awardLot", summary = "Award a lot to a bid after the deadline (owner buyer)")
    public LotAward awardLot(@PathVariable String tenderId, @PathVariable int lotNumber,
            @Valid @RequestBody AwardRequest request, Authentication user) {
        return bids.awardLot(Callers.of(user), tenderId, lotNumber, request.bidId());
    }
}
