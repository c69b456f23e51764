package org.essmarket.consortium.integration.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.essmarket.consortium.consortium.domain.ConsortiumPolicy;
import org.essmarket.consortium.consortium.domain.PlaceOfPerformance;
import org.essmarket.consortium.consortium.domain.Reservation;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** tender-service's API, called with consortium-service's service token (realm role service). */
@FeignClient(name = "tender-service", url = "${essmarket.tender-service.url}")
interface TenderClient {

    @GetMapping("/api/v1/tenders/{id}")
    TenderView tender(@PathVariable("id") String id);

    /** 201 new bid, 200 the same bid again for the same key and content, 409 a rule refuses it. */
    @PostMapping("/api/v1/tenders/{id}/bids")
    BidView submitBid(@PathVariable("id") String tenderId, @RequestHeader("Idempotency-Key") String idempotencyKey,
            @RequestBody JointBid bid);

    /** 204, also when tender-service was told before. */
    @DeleteMapping("/internal/tenders/{id}/bids/{bidId}/tenderers/{supplierId}")
    void removeTenderer(@PathVariable("id") String tenderId, @PathVariable("bidId") String bidId,
            @PathVariable("supplierId") String supplierId);

    @GetMapping("/internal/tenders/{id}/bidders")
    List<Bidder> bidders(@PathVariable("id") String tenderId, @RequestParam("supplierId") String supplierId);

    /** Our copy of what we read of a tender. */
    record TenderView(String id, String buyerSiret, String status, String title, Instant deadline,
            PlaceOfPerformance place, ConsortiumPolicy consortiumPolicy, List<LotView> lots) {
    }

    record LotView(int number, String title, String cpv, Reservation reservation) {
    }

    /** A groupement's bid as tender-service takes it. */
    record JointBid(String consortiumId, List<Tenderer> members, List<Offer> offers) {
    }

    record Tenderer(String supplierId, String role, Set<Integer> lots) {
    }

    record Offer(int lotNumber, BigDecimal amount) {
    }

    record BidView(String id, String status) {
    }

    record Bidder(String bidId, String consortiumId, String role, Set<Integer> lots) {
    }
}
