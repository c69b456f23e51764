package org.essmarket.consortium.consortium.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A tender with lot 1 reserved INSERTION (L2113-13), lot 2 open; suppliers of each kind; a groupement led by an EI. */
final class Groupements {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    static final TargetedTender TENDER = tender(new ConsortiumPolicy(true, true));
    static final List<TargetLot> LOTS = List.of(new TargetLot(1, "Espaces verts", "77310000", Reservation.INSERTION),
            new TargetLot(2, "Nettoyage", "90910000", Reservation.NONE));

    static final SupplierFacts INSERTION = supplier("ei", "Envie Rhône", "EI", "u-ei");
    static final SupplierFacts SCOP = supplier("scop", "SCOP Elits", "SCOP", "u-scop");
    static final SupplierFacts ESAT = supplier("esat", "ESAT Les Ateliers", "ESAT", "u-esat");

    private Groupements() {
    }

    static TargetedTender tender(ConsortiumPolicy policy) {
        return new TargetedTender("t-1", "Entretien des parcs", "21690123100011", NOW.plusSeconds(86_400), policy,
                new PlaceOfPerformance("DEPARTMENTS", List.of("69"), null));
    }

    static SupplierFacts supplier(String id, String name, String kind, String user) {
        return new SupplierFacts(id, name, true, "VERIFIED", Set.of(kind), List.of(user));
    }

    /** Led by the EI, performing lot 1 with a 60 % share. */
    static Consortium forming() {
        return Consortium.form("c-1", TENDER, LOTS, List.of(1, 2), ConsortiumForm.CONJOINT, INSERTION, Set.of(1), "Tonte",
                new BigDecimal("60"), "u-ei", NOW);
    }

    /** The SCOP accepted lot 2 with 40 % and gave its habilitation: ready to bid. */
    static Consortium complete() {
        Consortium consortium = forming();
        consortium.invite(SCOP, MemberRole.MEMBER, Set.of(2), "Nettoyage", new BigDecimal("40"));
        consortium.acceptInvitation(SCOP, true, List.of());
        return consortium;
    }

    static List<LotOffer> offers() {
        return List.of(new LotOffer(1, new BigDecimal("90000")), new LotOffer(2, new BigDecimal("40000")));
    }
}
