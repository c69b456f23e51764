package org.essmarket.supplier.supplier.domain;

/** A past client and what was done for it: what buyers check first. */
public record ClientReference(String client, String description, Integer year) {
}
