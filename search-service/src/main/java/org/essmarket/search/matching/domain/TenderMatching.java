package org.essmarket.search.matching.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which suppliers a published tender concerns (DESIGN.md §3 "Matching"), and who is told. A
 * supplier matches when it is VERIFIED and one of its activities both does the tender's trade
 * ({@link CpvProximity}) and reaches its place ({@link GeographicRange#covers}); when every lot is
 * reserved, only the lots its kinds make it eligible for count (a supplier that may bid for none is
 * not told).
 */
public final class TenderMatching {

    private TenderMatching() {
    }

    public static boolean concerns(PublishedTender tender, MatchableSupplier supplier) {
        if (!tender.isPublished() || !supplier.isVerified()) {
            return false;
        }
        List<String> codes = codesOpenTo(tender, supplier);
        return supplier.activities().stream().anyMatch(activity -> activity.range() != null
                && activity.range().covers(tender.place(), supplier.location())
                && activity.cpvCodes().stream().anyMatch(own -> codes.stream()
                        .anyMatch(wanted -> CpvProximity.sameTrade(own, wanted))));
    }

    /**
     * The tender's codes this supplier may bid on: all of them, unless every lot is reserved, then
     * those of the lots its kinds are eligible for.
     */
    static List<String> codesOpenTo(PublishedTender tender, MatchableSupplier supplier) {
        if (!tender.isFullyReserved()) {
            return Stream.concat(tender.cpvCodes().stream(), tender.lots().stream().map(PublishedTender.Lot::cpv))
                    .filter(code -> code != null).distinct().toList();
        }
        return tender.lots().stream().filter(lot -> lot.reservation().admits(supplier.kinds()))
                .map(PublishedTender.Lot::cpv).filter(code -> code != null).distinct().toList();
    }

    /**
     * One alert per member of the suppliers the tender concerns; a user who is a member of several
     * of them is told once.
     */
    public static List<TenderAlert> alerts(PublishedTender tender, List<MatchableSupplier> suppliers) {
        Map<String, TenderAlert> byUser = new LinkedHashMap<>();
        for (MatchableSupplier supplier : suppliers) {
            if (concerns(tender, supplier)) {
                for (String member : supplier.memberIds()) {
                    if (member != null && !member.isBlank()) {
                        byUser.putIfAbsent(member, TenderAlert.of(tender, member));
                    }
                }
            }
        }
        return new ArrayList<>(byUser.values());
    }

    /**
     * The other way round, for a supplier that starts matching after tenders were published (newly
     * verified, a new activity, a new member): one alert per member for each of these tenders that
     * concerns it. The ids are those {@link #alerts} gives, so nobody is told twice of a tender.
     */
    public static List<TenderAlert> alertsFor(MatchableSupplier supplier, List<PublishedTender> tenders) {
        List<TenderAlert> alerts = new ArrayList<>();
        for (PublishedTender tender : tenders) {
            if (concerns(tender, supplier)) {
                supplier.memberIds().stream().filter(member -> member != null && !member.isBlank()).distinct()
                        .map(member -> TenderAlert.of(tender, member)).forEach(alerts::add);
            }
        }
        return alerts;
    }
}
