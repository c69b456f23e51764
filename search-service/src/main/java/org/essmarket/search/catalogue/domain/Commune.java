package org.essmarket.search.catalogue.domain;

/**
 * A French commune (INSEE's official geographic code): its code, its name with its article
 * ("Le Havre"), its department, how many live there, and where it is (null when unknown).
 */
public record Commune(String code, String name, String departmentCode, long population, GeoPoint location) {
}
