package org.essmarket.search.catalogue.domain;

/** A commune suppliers are searched for that can work there: where it is, its department and region. */
public record ServedPlace(String communeCode, String departmentCode, String regionCode, GeoPoint location) {
}
