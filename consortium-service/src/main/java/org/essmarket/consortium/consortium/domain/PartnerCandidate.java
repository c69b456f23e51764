package org.essmarket.consortium.consortium.domain;

import java.util.List;
import java.util.Set;

/**
 * A supplier of the catalogue that might perform a lot: its kinds, where it is, and its activities
 * (CPV codes, each with the geographic range it works in).
 */
public record PartnerCandidate(String supplierId, String legalName, Set<String> kinds, String department, String region,
        List<Activity> activities) {

    public PartnerCandidate {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** RANGE kinds as supplier-service names them: COUNTRY, RADIUS (around the supplier) or ZONES. */
    public record Activity(List<String> cpvCodes, String rangeKind, List<String> rangeDepartments,
            List<String> rangeRegions) {

        public Activity {
            cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
            rangeDepartments = rangeDepartments == null ? List.of() : List.copyOf(rangeDepartments);
            rangeRegions = rangeRegions == null ? List.of() : List.copyOf(rangeRegions);
        }
    }
}
