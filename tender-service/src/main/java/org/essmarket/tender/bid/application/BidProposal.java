package org.essmarket.tender.bid.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.essmarket.tender.bid.domain.LotOffer;
import org.essmarket.tender.bid.domain.TendererRole;

/**
 * What a bidder submits: a supplier alone ({@code supplierId}), or a groupement through
 * consortium-service ({@code consortiumId} and its {@code members}); the price per lot.
 */
public record BidProposal(String supplierId, String consortiumId, List<Member> members, List<LotOffer> offers) {

    public BidProposal {
        members = members == null ? List.of() : List.copyOf(members);
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /** A supplier of a groupement, its role and the lots it performs. */
    public record Member(String supplierId, TendererRole role, Set<Integer> lots) {
        public Member {
            lots = lots == null ? Set.of() : Set.copyOf(lots);
        }
    }

    public boolean isJoint() {
        return consortiumId != null;
    }

    /** Identifies the request's content, to tell a retry from another bid sent with the same Idempotency-Key. */
    String fingerprint() {
        List<String> sortedMembers = members.stream()
                .map(m -> m.supplierId() + "/" + m.role() + "/" + m.lots().stream().sorted().toList()).sorted().toList();
        List<String> prices = offers.stream().map(offer -> offer.lotNumber() + "="
                + (offer.amount() == null ? null : offer.amount().stripTrailingZeros().toPlainString())).toList();
        return supplierId + "|" + consortiumId + "|" + sortedMembers + "|" + prices;
    }
}
