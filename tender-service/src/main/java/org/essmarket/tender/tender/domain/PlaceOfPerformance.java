package org.essmarket.tender.tender.domain;

import java.util.List;

/**
 * Where the contract is performed: in some departments (INSEE codes), in a region, or nationwide.
 */
public record PlaceOfPerformance(Scope scope, List<String> departmentCodes, String regionCode) {

    public enum Scope {
        DEPARTMENTS, REGION, NATIONWIDE
    }

    public PlaceOfPerformance {
        departmentCodes = departmentCodes == null ? List.of() : List.copyOf(departmentCodes);
    }

    public static PlaceOfPerformance nationwide() {
        return new PlaceOfPerformance(Scope.NATIONWIDE, List.of(), null);
    }
}
