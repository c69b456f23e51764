package org.essmarket.search.matching.domain;

import java.util.List;

/** Something a supplier does (CPV codes) and where it does it. */
public record SupplierActivity(List<String> cpvCodes, GeographicRange range) {

    public SupplierActivity {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
    }
}
