package org.essmarket.tender.bid.api;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;

import org.essmarket.platform.validation.ResourceId;
import org.essmarket.tender.bid.application.BidService;
import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.TendererRole;
import org.essmarket.tender.tender.api.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/tenders/{id}/bidders?supplierId=X} (service accounts): the competing bids in
 * which supplier X takes part, so that consortium-service applies R2142-21 when a member joins a
 * groupement rather than only when the groupement bids. Amounts stay sealed.
 * {@code DELETE /internal/tenders/{id}/bids/{bidId}/tenderers/{supplierId}}: consortium-service says
 * a member left the groupement through a change the buyer approved (R2142-26); 204, also when told again.
 */
@RestController
class BidderController {

    private final BidService bids;

    BidderController(BidService bids) {
        this.bids = bids;
    }

    /** One bid the supplier takes part in: alone ({@code consortiumId} null, role SOLE) or in a groupement. */
    record Bidder(String bidId, String consortiumId, TendererRole role, Set<Integer> lots) {

        static Bidder of(Bid bid, String supplierId) {
            TendererRole role = bid.tenderers().stream().filter(t -> t.supplierId().equals(supplierId)).findFirst()
                    .orElseThrow().role();
            return new Bidder(bid.id(), bid.consortiumId(), role, bid.lotNumbers());
        }
    }

    @DeleteMapping("/internal/tenders/{tenderId}/bids/{bidId}/tenderers/{supplierId}")
    ResponseEntity<Void> removeTenderer(@PathVariable String tenderId, @PathVariable String bidId,
            @PathVariable @ResourceId String supplierId, Authentication caller) {
        bids.removeTenderer(Callers.of(caller), tenderId, bidId, supplierId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/internal/tenders/{tenderId}/bidders")
    List<Bidder> biddersInvolving(@PathVariable String tenderId,
            @RequestParam @NotBlank @ResourceId String supplierId, Authentication caller) {
        return bids.bidsInvolving(Callers.of(caller), tenderId, supplierId).stream()
                .map(bid -> Bidder.of(bid, supplierId)).toList();
    }
}
