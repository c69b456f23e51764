package org.essmarket.search.catalogue.domain;

/**
 * A French commune (INSEE's official geographic code): its code, its name with its article
 * ("Le Havre"), its department and how many live there.
 */
public record Commune(String code, String name, String departmentCode, long population) {
}
