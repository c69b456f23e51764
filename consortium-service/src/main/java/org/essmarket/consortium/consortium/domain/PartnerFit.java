package org.essmarket.consortium.consortium.domain;

import java.util.List;
import java.util.Set;

/**
 * Which catalogue suppliers could take an uncovered lot: eligible for its reservation, with an
 * activity in the lot's CPV group (first three digits) whose range covers the place of performance.
 * A RADIUS range is taken to cover the supplier's own department (or region, for a regional tender):
 * the tender gives no point to measure from.
 */
public final class PartnerFit {

    /** How many suggestions a lot gets. */
    public static final int PER_LOT = 10;

    private PartnerFit() {
    }

    /** The CPV prefix partners are searched by: the lot's group (e.g. 773 for 77310000). */
    public static String cpvGroup(TargetLot lot) {
        return lot.cpv() == null || lot.cpv().length() < 3 ? null : lot.cpv().substring(0, 3);
    }

    public static List<PartnerCandidate> suggestions(TargetLot lot, PlaceOfPerformance place, List<PartnerCandidate> found,
            Set<String> currentMembers) {
        String group = cpvGroup(lot);
        return found.stream()
                .filter(candidate -> !currentMembers.contains(candidate.supplierId()))
                .filter(candidate -> lot.reservation().admits(candidate.kinds()))
                .filter(candidate -> candidate.activities().stream()
                        .anyMatch(activity -> (group == null || activity.cpvCodes().stream().anyMatch(cpv -> cpv.startsWith(group)))
                                && covers(activity, candidate, place)))
                .limit(PER_LOT).toList();
    }

    static boolean covers(PartnerCandidate.Activity activity, PartnerCandidate candidate, PlaceOfPerformance place) {
        if ("COUNTRY".equals(activity.rangeKind())) {
            return true;
        }
        if (place == null || "NATIONWIDE".equals(place.scope())) {
            return false;
        }
        boolean regional = "REGION".equals(place.scope());
        return switch (activity.rangeKind() == null ? "" : activity.rangeKind()) {
            case "ZONES" -> regional ? activity.rangeRegions().contains(place.regionCode())
                    : activity.rangeDepartments().stream().anyMatch(place.departmentCodes()::contains);
            case "RADIUS" -> regional ? place.regionCode() != null && place.regionCode().equals(candidate.region())
                    : place.departmentCodes().contains(candidate.department());
            default -> false;
        };
    }
}
