package org.essmarket.supplier.supplier.persistence;

import java.time.Instant;
import java.util.List;

import org.essmarket.supplier.supplier.domain.AuditEntry;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.essmarket.supplier.supplier.domain.SupplierStatus;
import org.essmarket.supplier.supplier.domain.VerifiedFacts;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A supplier as stored in the {@code suppliers} collection. Every write sets {@code syncPending}
 * in the same single-document update, so that the search relay never misses a change
 * (DESIGN.md §4); the relay clears it only if the version is still the one it pushed. The other
 * sync fields are the relay's (MongoIndexedCollection): when to push, refusals met, given up.
 */
@Document("suppliers")
public record SupplierDocument(
        @Id String id,
        @Indexed(unique = true) String siret,
        SupplierOrigin origin,
        Instant registeredAt,
        Instant updatedAt,
        SupplierProfile profile,
        @Indexed SupplierStatus status,
        String statusReason,
        String mergedInto,
        VerifiedFacts verifiedFacts,
        @Indexed List<String> memberIds,
        List<AuditEntry> audit,
        @Indexed boolean syncPending,
        Instant syncDueAt,
        Integer syncFailures,
        String syncDeadLetter,
        @Version Long version) {

    static SupplierDocument of(Supplier supplier, Instant now) {
        return new SupplierDocument(supplier.id(), supplier.siret().value(), supplier.origin(),
                supplier.registeredAt(), now, supplier.profile(), supplier.status(), supplier.statusReason(),
                supplier.mergedInto(), supplier.verifiedFacts(), supplier.memberIds(), supplier.audit(), true, now, null, null,
                supplier.version());
    }

    Supplier toSupplier() {
        return Supplier.restore(id, Siret.of(siret, "siret"), origin, registeredAt, version, profile, status,
                statusReason, mergedInto, verifiedFacts, memberIds, audit);
    }
}
