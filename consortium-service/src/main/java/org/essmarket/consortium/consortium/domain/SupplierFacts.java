package org.essmarket.consortium.consortium.domain;

import java.util.List;
import java.util.Set;

/** What supplier-service says of a supplier the groupement deals with. */
public record SupplierFacts(String supplierId, String legalName, boolean verified, String status, Set<String> kinds,
        List<String> userIds) {

    public SupplierFacts {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }
}
