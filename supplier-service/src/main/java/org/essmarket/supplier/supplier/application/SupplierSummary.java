package org.essmarket.supplier.supplier.application;

import org.essmarket.supplier.supplier.domain.SupplierStatus;

/** What a list of suppliers shows of each one. */
public record SupplierSummary(String id, String siret, String legalName, SupplierStatus status) {
}
