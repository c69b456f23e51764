package org.essmarket.supplier.supplier.domain;

import java.util.Set;

/**
 * Filters of the supplier list; null means "any". {@code cpvPrefix} (digits only) matches the start of
 * any activity's code; {@code siret} finds the one structure with that SIRET (to claim it).
 */
public record SupplierFilter(SupplierKind kind, String departmentCode, String regionCode, String cpvPrefix,
        Set<SupplierStatus> statuses, String siret) {
}
