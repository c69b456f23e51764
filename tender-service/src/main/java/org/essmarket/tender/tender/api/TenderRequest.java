package org.essmarket.tender.tender.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.BuyerType;
import org.essmarket.tender.tender.domain.ConsortiumPolicy;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.LotLimits;
import org.essmarket.tender.tender.domain.Nature;
import org.essmarket.tender.tender.domain.PlaceOfPerformance;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.SocialClause;
import org.essmarket.tender.tender.domain.TenderKind;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * The fields of a tender a buyer may write. Server-owned fields (id, status, buyer body, version,
 * lifecycle dates, award) are not here, so a client cannot set them: unknown JSON fields are ignored.
 *
 * @param announceAhead on creation only: announce the tender as PLANNED instead of writing a DRAFT
 */
public record TenderRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20_000) String description,
        @NotNull TenderKind kind,
        @NotNull Procedure procedure,
        @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal estimatedValue,
        @Valid PlaceRequest place,
        @Size(max = 50) List<@NotBlank @Size(max = 20) String> cpvCodes,
        @Valid SocialClauseRequest socialClause,
        @Size(max = 5_000) String environmentalClause,
        @Size(max = 20) List<@Valid CriterionRequest> awardCriteria,
        Instant deadline,
        LocalDate expectedPublication,
        @Valid ConsortiumPolicyRequest consortiumPolicy,
        @Valid LotLimitsRequest lotLimits,
        @Size(max = 200) List<@NotNull @Valid LotRequest> lots,
        @Size(max = 5_000) String noLotsJustification,
        @Valid FactsRequest facts,
        Boolean announceAhead) {

    public record PlaceRequest(@NotNull PlaceOfPerformance.Scope scope,
            @Size(max = 101) List<@Size(max = 3) String> departmentCodes, @Size(max = 3) String regionCode) {
    }

    public record SocialClauseRequest(@Min(0) @Max(10_000_000) int insertionHours, @Size(max = 5_000) String description) {
    }

    /** Without a category, the name says it ("Prix" → PRICE, "Performance environnementale" → ENVIRONMENTAL). */
    public record CriterionRequest(@NotBlank @Size(max = 200) String name, int weight, AwardCriterion.Category category) {
    }

    /** A flag left out allows. */
    public record ConsortiumPolicyRequest(Boolean forbidAloneAndInGroupement, Boolean forbidSeveralGroupements) {
    }

    /** What the legal checks need; each left out is assumed as the compliance report says. */
    public record FactsRequest(Nature nature, BuyerType buyerType, Boolean defenceOrSecurity, LocalDate noticeSentOn,
            LocalDate priorInformationNoticeOn, @Size(max = 2_000) String urgencyReason,
            @Size(max = 2_000) String socialConsiderationsException, Boolean socialAndSpecificServices) {

        ProcurementFacts toFacts() {
            return new ProcurementFacts(nature, buyerType, Boolean.TRUE.equals(defenceOrSecurity), noticeSentOn,
                    priorInformationNoticeOn, urgencyReason, socialConsiderationsException,
                    Boolean.TRUE.equals(socialAndSpecificServices));
        }
    }

    public record LotLimitsRequest(Integer maxLotsPerBidder, Integer maxLotsAwardedPerBidder) {
    }

    public record LotRequest(int number, @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 20) String cpv,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal estimatedValue, Reservation reservation) {
    }

    TenderTerms toTerms() {
        return new TenderTerms(title, description, kind, procedure, estimatedValue,
                place == null ? null : new PlaceOfPerformance(place.scope(), place.departmentCodes(), place.regionCode()),
                cpvCodes,
                socialClause == null ? null : new SocialClause(socialClause.insertionHours(), socialClause.description()),
                environmentalClause,
                awardCriteria == null ? null
                        : awardCriteria.stream().map(c -> new AwardCriterion(c.name(), c.weight(), c.category())).toList(),
                deadline, expectedPublication,
                consortiumPolicy == null ? null
                        : new ConsortiumPolicy(Boolean.TRUE.equals(consortiumPolicy.forbidAloneAndInGroupement()),
                                Boolean.TRUE.equals(consortiumPolicy.forbidSeveralGroupements())),
                lotLimits == null ? null
                        : new LotLimits(lotLimits.maxLotsPerBidder(), lotLimits.maxLotsAwardedPerBidder()),
                lots == null ? null
                        : lots.stream().map(l -> new Lot(l.number(), l.title(), l.cpv(), l.estimatedValue(),
                                l.reservation())).toList(),
                noLotsJustification, facts == null ? null : facts.toFacts());
    }
}
