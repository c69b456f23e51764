package org.essmarket.tender.tender.persistence;

import java.time.Instant;

import org.essmarket.tender.tender.domain.TenderStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A tender as stored in the {@code tenders} collection. */
@Document("tenders")
public record TenderDocument(
        @Id String id,
        String buyerSiret,
        String title,
        @Indexed TenderStatus status,
        Instant deadline,
        @Version Long version) {
}
