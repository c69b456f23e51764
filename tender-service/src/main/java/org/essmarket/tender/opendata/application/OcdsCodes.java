package org.essmarket.tender.opendata.application;

import java.util.List;
import java.util.Locale;

import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.TenderStatus;

/**
 * Our words translated into the OCDS 1.1.5 codelists (and those of the bid and otherRequirements
 * extensions). A translation, not a rule: each choice that is an approximation says why.
 */
final class OcdsCodes {

    private OcdsCodes() {
    }

    /** tenderStatus codelist. */
    static String tenderStatus(TenderStatus status) {
        return switch (status) {
            // Being written or validated: the process is only being considered.
            case DRAFT, SUBMITTED, REJECTED -> "planning";
            // Announced ahead with its expected publication date.
            case PLANNED -> "planned";
            // Still "active" once closed: the buyer is evaluating the bids, nothing is awarded yet.
            case PUBLISHED, CLOSED -> "active";
            case AWARDED -> "complete";
            case CANCELLED -> "cancelled";
        };
    }

    /** releaseTag codelist: what this release announces. */
    static List<String> releaseTags(TenderStatus status, boolean someLotAwarded) {
        return switch (status) {
            case PLANNED, DRAFT, SUBMITTED, REJECTED -> List.of("planning");
            // Each export is a full snapshot, not an update of a release the reader kept: "tender",
            // not "tenderUpdate"; a closed tender some of whose lots are awarded announces both.
            case PUBLISHED, CLOSED -> someLotAwarded ? List.of("tender", "award") : List.of("tender");
            case AWARDED -> List.of("award");
            case CANCELLED -> List.of("tenderCancellation");
        };
    }

    /** method codelist. */
    static String procurementMethod(Procedure procedure) {
        return switch (procedure) {
            // A MAPA is published here for every supplier to bid on.
            case MAPA, OPEN -> "open";
            // Only candidates the buyer selects bid; the negotiated procedure is the "avec
            // négociation" one, published with a call for competition (EU practice: selective).
            case RESTRICTED, NEGOTIATED -> "selective";
        };
    }

    /** procurementMethodDetails: the procedure as the French code calls it. */
    static String procurementMethodDetails(Procedure procedure) {
        return switch (procedure) {
            case MAPA -> "Procédure adaptée (MAPA, article L2123-1 du code de la commande publique)";
            case OPEN -> "Appel d'offres ouvert (article L2124-2 du code de la commande publique)";
            case RESTRICTED -> "Appel d'offres restreint (article L2124-2 du code de la commande publique)";
            case NEGOTIATED -> "Procédure avec négociation (article L2124-3 du code de la commande publique)";
        };
    }

    /**
     * procurementCategory codelist, from the CPV division (first two digits): 45 is works, 03 to 44
     * and 48 are supplies, every other division is services.
     */
    static String mainProcurementCategory(String cpv) {
        int division = Integer.parseInt(cpv.substring(0, 2));
        if (division == 45) {
            return "works";
        }
        return division <= 44 || division == 48 ? "goods" : "services";
    }

    /**
     * reservedParticipation codelist of the otherRequirements extension. Its two codes are those of
     * the EU directive 2014/24 the French articles transpose: article 20 (sheltered workshops and
     * operators whose main aim is the integration of disabled or disadvantaged persons: L2113-12,
     * L2113-13 and L2113-14 alike, the codelist has no finer code) and article 77 (organisations
     * with a public service mission for social, cultural and health services: L2113-15).
     */
    static List<String> reservedParticipation(Reservation reservation) {
        return switch (reservation) {
            case NONE -> List.of();
            case DISABILITY, INSERTION, BOTH -> List.of("shelteredWorkshop");
            case ESS -> List.of("publicServiceMissionOrganization");
        };
    }

    /**
     * awardCriteria codelist: price alone when the only criterion is the price, otherwise weighted
     * criteria; null when the buyer has not given them yet.
     */
    static String awardCriteria(List<AwardCriterion> criteria) {
        if (criteria.isEmpty()) {
            return null;
        }
        boolean priceOnly = criteria.size() == 1
                && criteria.get(0).name().strip().toLowerCase(Locale.FRENCH).matches("prix|price");
        return priceOnly ? "priceOnly" : "ratedCriteria";
    }
}
