package org.essmarket.supplier.supplier.persistence;

import org.essmarket.supplier.supplier.domain.SupplierStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A supplier as stored in the {@code suppliers} collection. */
@Document("suppliers")
public record SupplierDocument(
        @Id String id,
        @Indexed(unique = true) String siret,
        String legalName,
        SupplierStatus status,
        @Version Long version) {
}
