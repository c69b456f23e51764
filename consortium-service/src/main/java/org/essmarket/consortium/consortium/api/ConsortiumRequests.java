package org.essmarket.consortium.consortium.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.essmarket.consortium.consortium.application.GroupementService.ChangeProposal;
import org.essmarket.consortium.consortium.application.GroupementService.Formation;
import org.essmarket.consortium.consortium.application.GroupementService.Scope;
import org.essmarket.consortium.consortium.domain.ChangeRequest;
import org.essmarket.consortium.consortium.domain.ConsortiumForm;
import org.essmarket.consortium.consortium.domain.LotOffer;
import org.essmarket.consortium.consortium.domain.MemberRole;
import org.essmarket.platform.validation.ResourceId;

/**
 * What clients send. Status, lead, versions, invite statuses and other members' shares are the
 * server's: fields of that name in a body are ignored.
 */
final class ConsortiumRequests {

    private ConsortiumRequests() {
    }

    record CreateGroupement(@NotBlank @ResourceId String tenderId,
            @NotEmpty @Size(max = 200) List<@NotNull @Positive Integer> lots, @NotNull ConsortiumForm form,
            @NotBlank @ResourceId String leadSupplierId, @Size(max = 200) Set<@NotNull @Positive Integer> leadLots,
            @Size(max = 2000) String leadWork,
            @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal leadShare) {

        Formation toFormation() {
            return new Formation(tenderId, lots, form, leadSupplierId, leadLots, leadWork, leadShare);
        }
    }

    record Invitation(@NotBlank @ResourceId String supplierId, @NotNull MemberRole role,
            @Size(max = 200) Set<@NotNull @Positive Integer> lots, @Size(max = 2000) String work,
            @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal share) {

        Scope toScope() {
            return new Scope(role, lots, work, share);
        }
    }

    record MemberScope(MemberRole role, @Size(max = 200) Set<@NotNull @Positive Integer> lots,
            @Size(max = 2000) String work,
            @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal share) {

        Scope toScope() {
            return new Scope(role, lots, work, share);
        }
    }

    /** {@code grantHabilitation}: the member lets the mandataire sign the bid for it. */
    record Answer(@NotNull Boolean accept, boolean grantHabilitation) {
    }

    record NewLead(@NotBlank @ResourceId String supplierId) {
    }

    record JointBid(@NotNull @Size(min = 1, max = 200) List<@Valid Offer> offers) {

        List<LotOffer> toOffers() {
            return offers.stream().map(offer -> new LotOffer(offer.lotNumber(), offer.amount())).toList();
        }
    }

    record Offer(@NotNull @Positive Integer lotNumber,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    record Message(@NotBlank @Size(max = 4000) String text) {
    }

    record CompositionChange(@NotNull ChangeRequest.Type type, @NotBlank @Size(max = 2000) String reason,
            @NotBlank @ResourceId String leavingSupplierId, @NotNull @Size(max = 30) Map<@ResourceId String, BigDecimal> newShares) {

        ChangeProposal toProposal() {
            return new ChangeProposal(type, reason, leavingSupplierId, newShares);
        }
    }

    record Decision(@NotNull Boolean approve, @Size(max = 2000) String comment) {
    }
}
