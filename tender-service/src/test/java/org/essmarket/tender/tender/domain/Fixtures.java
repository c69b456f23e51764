package org.essmarket.tender.tender.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.essmarket.tender.reference.data.ReferenceData;
import org.essmarket.tender.reference.domain.ReferenceCodes;

/** Valid tender terms to vary in tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    public static final ReferenceCodes CODES = ReferenceData.load();

    private Fixtures() {
    }

    public static List<Lot> threeLots() {
        return List.of(new Lot(1, "Espaces verts", "77310000-6", new BigDecimal("120000"), Reservation.INSERTION),
                new Lot(2, "Nettoyage", "90910000", new BigDecimal("80000"), Reservation.DISABILITY),
                new Lot(3, "Restauration", "55300000", new BigDecimal("50000"), Reservation.NONE));
    }

    public static TenderTerms terms(List<Lot> lots, String justification, List<AwardCriterion> criteria,
            Instant deadline) {
        return new TenderTerms("Entretien des parcs de Lyon", "Trois lots", TenderKind.TENDER, Procedure.OPEN,
                new BigDecimal("250000.00"),
                new PlaceOfPerformance(PlaceOfPerformance.Scope.DEPARTMENTS, List.of("69"), null),
                List.of("77310000"), new SocialClause(1200, "Heures d'insertion"), "Zéro phyto", criteria, deadline,
                null, new ConsortiumPolicy(true, false), new LotLimits(2, 1), lots, justification);
    }

    public static List<AwardCriterion> criteria() {
        return List.of(new AwardCriterion("Prix", 40), new AwardCriterion("Valeur technique", 40),
                new AwardCriterion("Performance environnementale", 20));
    }

    /** The valid tender of Ville de Lyon in a given status. */
    public static Tender tenderIn(TenderStatus status) {
        return Tender.restore("t1", "21690123100011", "acheteur", NOW, 1L, valid(), status, null, null, List.of());
    }

    public static TenderTerms valid() {
        return terms(threeLots(), null, criteria(), NOW.plus(Duration.ofDays(30)));
    }
}
