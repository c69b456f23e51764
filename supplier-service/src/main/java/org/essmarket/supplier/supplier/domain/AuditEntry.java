package org.essmarket.supplier.supplier.domain;

import java.time.Instant;
import java.util.List;

/** Who did what to a supplier and when; for edits, which fields changed. */
public record AuditEntry(Instant at, String actor, String action, List<String> fields, String reason) {

    public AuditEntry {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
