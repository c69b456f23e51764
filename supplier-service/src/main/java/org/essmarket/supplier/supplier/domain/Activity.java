package org.essmarket.supplier.supplier.domain;

import java.util.List;
import java.util.Set;

/** Something a supplier does: CPV codes (stored as 8 digits), the kinds of contract, and where. */
public record Activity(List<String> cpvCodes, Set<ServiceType> serviceTypes, GeographicRange range) {

    public Activity {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        serviceTypes = serviceTypes == null ? Set.of() : Set.copyOf(serviceTypes);
    }
}
