package org.essmarket.tender.tender.persistence;

import java.time.Instant;
import java.util.List;

import org.essmarket.tender.tender.domain.ExplainedWarning;
import org.essmarket.tender.tender.domain.LotAward;

import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tender as stored in the {@code tenders} collection. Every write sets {@code syncPending} in the
 * same single-document update (DESIGN.md §4), for the search relay to come.
 */
@Document("tenders")
public record TenderDocument(
        @Id String id,
        @Indexed String buyerSiret,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        TenderTerms terms,
        @Indexed TenderStatus status,
        String statusReason,
        Instant publishedAt,
        List<LotAward> awards,
        /** True while some lot's award is not yet told to its bidders (outbox for the notifier). */
        @Indexed boolean outcomePending,
        @Indexed boolean syncPending,
        /** The search relay's marks (MongoIndexedCollection): when to push, refusals met, given up. */
        Instant syncDueAt,
        Integer syncFailures,
        String syncDeadLetter,
        Instant submittedAt,
        List<ExplainedWarning> explainedWarnings,
        @Version Long version) {

    static TenderDocument of(Tender tender, Instant now) {
        return new TenderDocument(tender.id(), tender.buyerSiret(), tender.createdBy(), tender.createdAt(), now,
                tender.terms(), tender.status(), tender.statusReason(), tender.publishedAt(), tender.awards(),
                tender.awards().stream().anyMatch(LotAward::outcomeToTell), true, now, null, null, tender.submittedAt(),
                tender.explainedWarnings(), tender.version());
    }

    Tender toTender() {
        return Tender.restore(id, buyerSiret, createdBy, createdAt, version, terms, status, statusReason, publishedAt,
                awards, submittedAt, explainedWarnings);
    }
}
