package org.essmarket.tender.interest.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.Tender;

/**
 * What a buyer learns of suppliers' interest in its tender, in counts only (no supplier named):
 * how many viewed it, and for the whole tender and for each lot how many were interested or
 * declined, with the decline reasons. A view shows the whole tender, so each lot counts the
 * tender's viewers; a mark without lots counts for every lot.
 */
public record InterestReport(String tenderId, long viewed, long interested, long declined,
        Map<DeclineReason, Long> declineReasons, List<LotInterest> lots) {

    public record LotInterest(int lot, long viewed, long interested, long declined,
            Map<DeclineReason, Long> declineReasons) {
    }

    public static InterestReport of(Tender tender, List<SupplierInterest> records) {
        long viewed = records.stream().filter(SupplierInterest::hasViewed).count();
        List<LotInterest> lots = tender.terms().lots().stream().map(Lot::number)
                .map(lot -> {
                    List<SupplierInterest> onLot = records.stream()
                            .filter(r -> r.mark() != null && r.mark().covers(lot)).toList();
                    return new LotInterest(lot, viewed, count(onLot, InterestLevel.INTERESTED),
                            count(onLot, InterestLevel.NOT_INTERESTED), reasons(onLot));
                })
                .toList();
        return new InterestReport(tender.id(), viewed, count(records, InterestLevel.INTERESTED),
                count(records, InterestLevel.NOT_INTERESTED), reasons(records), lots);
    }

    private static long count(List<SupplierInterest> records, InterestLevel level) {
        return records.stream().filter(r -> r.is(level)).count();
    }

    private static Map<DeclineReason, Long> reasons(List<SupplierInterest> records) {
        Map<DeclineReason, Long> reasons = new EnumMap<>(DeclineReason.class);
        records.stream().filter(r -> r.is(InterestLevel.NOT_INTERESTED))
                .forEach(r -> reasons.merge(r.mark().reason(), 1L, Long::sum));
        return reasons;
    }
}
