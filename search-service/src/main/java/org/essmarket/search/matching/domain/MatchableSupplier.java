package org.essmarket.search.matching.domain;

import java.util.List;
import java.util.Set;

import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.catalogue.domain.SupplierKind;

/** What matching reads of a supplier: status, kinds, location, activities, and who is told. */
public record MatchableSupplier(String id, String status, Set<SupplierKind> kinds, GeoPoint location,
        List<SupplierActivity> activities, List<String> memberIds) {

    public static final String VERIFIED = "VERIFIED";

    public MatchableSupplier {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        activities = activities == null ? List.of() : List.copyOf(activities);
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    public boolean isVerified() {
        return VERIFIED.equals(status);
    }
}
