package org.essmarket.supplier.supplier.persistence;

import java.util.Set;

import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierStatus;

/** Filters of the supplier list; null means "any". {@code cpvPrefix} (digits only) matches the start of any activity's code. */
public record SupplierFilter(SupplierKind kind, String departmentCode, String regionCode, String cpvPrefix,
        Set<SupplierStatus> statuses) {
}
