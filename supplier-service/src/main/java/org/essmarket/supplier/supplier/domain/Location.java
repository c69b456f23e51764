package org.essmarket.supplier.supplier.domain;

/** Where a supplier is: postal address, INSEE commune, its department and region, coordinates. */
public record Location(String address, String postcode, String communeCode, String communeName,
        String departmentCode, String regionCode, Double latitude, Double longitude) {
}
