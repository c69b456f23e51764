package org.essmarket.consortium.consortium.domain;

import java.util.List;

/** Where the tender is performed, as tender-service publishes it: DEPARTMENTS (INSEE codes), a REGION, or NATIONWIDE. */
public record PlaceOfPerformance(String scope, List<String> departmentCodes, String regionCode) {

    public PlaceOfPerformance {
        departmentCodes = departmentCodes == null ? List.of() : List.copyOf(departmentCodes);
    }
}
