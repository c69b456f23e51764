package org.essmarket.consortium.integration.tender;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.essmarket.consortium.consortium.domain.Member;
import org.essmarket.consortium.consortium.domain.Participation;
import org.essmarket.consortium.consortium.domain.Submission;
import org.essmarket.consortium.consortium.domain.TargetLot;
import org.essmarket.consortium.consortium.domain.TargetedTender;
import org.essmarket.consortium.integration.PartnerFailures;
import org.essmarket.consortium.integration.PartnerServiceUnavailable;
import org.essmarket.consortium.integration.tender.TenderClient.JointBid;
import org.essmarket.consortium.integration.tender.TenderClient.Offer;
import org.essmarket.consortium.integration.tender.TenderClient.Tenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import feign.FeignException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * tender-service as the groupement sees it: the tender it targets, the other bids of its members
 * (R2142-21), and the submission of its joint bid. Calls run in a Resilience4j time limiter and
 * circuit breaker (application.yml).
 */
@Component
public class TenderDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenderDirectory.class);

    private final TenderClient client;
    private final JsonMapper json;

    TenderDirectory(TenderClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    /** A published tender with its lots; what the groupement keeps of it. */
    public record TenderFacts(String status, TargetedTender tender, List<TargetLot> lots) {
    }

    /** The tender, or empty when tender-service shows no such tender. */
    public Optional<TenderFacts> tender(String tenderId) {
        try {
            var view = client.tender(tenderId);
            return Optional.of(new TenderFacts(view.status(), new TargetedTender(view.id(), view.title(), view.buyerSiret(),
                    view.deadline(), view.consortiumPolicy(), view.place()),
                    view.lots() == null ? List.of() : view.lots().stream()
                            .map(lot -> new TargetLot(lot.number(), lot.title(), lot.cpv(), lot.reservation())).toList()));
        } catch (RuntimeException failure) {
            if (PartnerFailures.isNotFound(failure)) {
                return Optional.empty();
            }
            throw unavailable("cannot read the tender", failure);
        }
    }

    /** The competing bids a supplier takes part in on the tender. */
    public List<Participation> participations(String tenderId, String supplierId) {
        try {
            return client.bidders(tenderId, supplierId).stream()
                    .map(bidder -> new Participation(bidder.consortiumId(), bidder.lots())).toList();
        } catch (RuntimeException failure) {
            throw unavailable("cannot tell the suppliers' other bids (R2142-21)", failure);
        }
    }

    /**
     * Tells tender-service that a member left the joint bid through an approved change (R2142-26).
     * False when tender-service refuses it for good (400, 404, 409): telling again would not help.
     */
    public boolean removeTenderer(String tenderId, String bidId, String supplierId) {
        try {
            client.removeTenderer(tenderId, bidId, supplierId);
            return true;
        } catch (RuntimeException failure) {
            int status = PartnerFailures.httpAnswer(failure).map(FeignException::status).orElse(0);
            if (status == 400 || status == 404 || status == 409) {
                log.error("tender-service refuses to take supplier {} off bid {}: {}", supplierId, bidId, failure.toString());
                return false;
            }
            throw unavailable("cannot take the leaving member off the bid", failure);
        }
    }

    /** How a submission attempt ended. */
    public sealed interface BidOutcome {
        record Recorded(String bidId) implements BidOutcome {
        }

        /** tender-service checked the key and refused the bid on a rule (409): no bid stands under the key. */
        record Refused(String rule, String message) implements BidOutcome {
        }

        /**
         * tender-service did not take this request (400, 401, 403, 413...): it says nothing of an
         * earlier send of the same key, which may have recorded the bid.
         */
        record Rejected(String rule, String message) implements BidOutcome {
        }

        /** No answer we can act on (timeout, 5xx, connection reset, circuit open): send again, same key. */
        record Unreachable(String reason) implements BidOutcome {
        }
    }

    /** Sends the joint bid with the submission's idempotency key: a retry returns the same bid. */
    public BidOutcome submitJointBid(String consortiumId, String tenderId, List<Member> bidding, Submission submission) {
        JointBid bid = new JointBid(consortiumId,
                bidding.stream().map(m -> new Tenderer(m.supplierId(), m.role().name(), m.lots())).toList(),
                submission.offers().stream().map(offer -> new Offer(offer.lotNumber(), offer.amount())).toList());
        try {
            return new BidOutcome.Recorded(client.submitBid(tenderId, submission.idempotencyKey(), bid).id());
        } catch (RuntimeException failure) {
            Optional<FeignException> answer = PartnerFailures.httpAnswer(failure);
            int status = answer.map(FeignException::status).orElse(0);
            if (status == 409) {
                return refusal(answer.get(), BidOutcome.Refused::new);
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return refusal(answer.get(), BidOutcome.Rejected::new);
            }
            log.warn("Joint bid of groupement {} not confirmed by tender-service yet: {}", consortiumId, failure.toString());
            return new BidOutcome.Unreachable(answer.map(a -> "tender-service answered " + a.status())
                    .orElse(failure.toString()));
        }
    }

    private BidOutcome refusal(FeignException answer, BiFunction<String, String, BidOutcome> outcome) {
        String rule = "tender-service " + answer.status();
        String message = "tender-service refused the bid";
        try {
            JsonNode problem = json.readTree(answer.contentUTF8());
            rule = problem.path("rule").asString(rule);
            message = problem.path("detail").asString(message);
        } catch (RuntimeException notAProblem) {
            log.warn("tender-service refused a bid without a problem document: {}", answer.contentUTF8());
        }
        return outcome.apply(rule, message);
    }

    private static PartnerServiceUnavailable unavailable(String what, Throwable failure) {
        return new PartnerServiceUnavailable("tender-service " + what + " right now; nothing was changed, try again in a "
                + "moment", failure);
    }
}
