package org.essmarket.tender;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.persistence.TenderStore;

/**
 * Tenders stored straight into the store in the status a test needs (lots 1 to 3, deadline in 30
 * days), for the features built on tenders; the lifecycle itself is tested through the API.
 */
public record TenderSamples(TenderStore store) {

    /** The demo buyer's body (its token's organisation_siret). */
    public static final String LYON = "21690123100011";
    /** Another buyer body: the demo buyer neither owns nor, before publication, sees its tenders. */
    public static final String PARIS = "21750001600019";

    public Tender stored(String buyerSiret, TenderStatus status) {
        return stored(buyerSiret, status, Instant.now().plus(Duration.ofDays(30)));
    }

    public Tender stored(String buyerSiret, TenderStatus status, Instant deadline) {
        return store.save(Tender.restore(UUID.randomUUID().toString(), buyerSiret, "acheteur", Instant.now(), null,
                Fixtures.valid().withDeadline(deadline), status, null, null, List.of()));
    }

    /** The same tender moved to another status, as the lifecycle would. */
    public Tender moved(Tender tender, TenderStatus status) {
        return store.save(Tender.restore(tender.id(), tender.buyerSiret(), tender.createdBy(), tender.createdAt(),
                tender.version(), tender.terms(), status, null, Instant.now(), tender.awards()));
    }
}
