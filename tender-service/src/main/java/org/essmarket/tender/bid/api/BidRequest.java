package org.essmarket.tender.bid.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.essmarket.platform.validation.ResourceId;
import org.essmarket.tender.bid.application.BidProposal;
import org.essmarket.tender.bid.domain.LotOffer;
import org.essmarket.tender.bid.domain.TendererRole;

/**
 * A bid as a client sends it: {@code supplierId} for a supplier bidding alone, or
 * {@code consortiumId} and {@code members} for a groupement (consortium-service only). Status,
 * snapshots, readers and dates are the server's.
 */
public record BidRequest(
        @ResourceId String supplierId,
        @ResourceId String consortiumId,
        @Size(max = 50) List<@Valid Member> members,
        @NotNull @Size(min = 1, max = 200) List<@Valid Offer> offers) {

    public record Member(@NotNull @ResourceId String supplierId, @NotNull TendererRole role,
            @Size(max = 200) Set<@Positive Integer> lots) {
    }

    public record Offer(@NotNull @Positive Integer lotNumber,
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    BidProposal toProposal() {
        List<BidProposal.Member> groupement = members == null ? List.of()
                : members.stream().map(m -> new BidProposal.Member(m.supplierId(), m.role(), m.lots())).toList();
        return new BidProposal(supplierId, consortiumId, groupement,
                offers.stream().map(offer -> new LotOffer(offer.lotNumber(), offer.amount())).toList());
    }
}
