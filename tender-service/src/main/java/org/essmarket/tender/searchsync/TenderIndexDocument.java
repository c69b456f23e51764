package org.essmarket.tender.searchsync;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.essmarket.tender.reference.domain.ReferenceCodes;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.PlaceOfPerformance;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * What search-service indexes of a tender suppliers may see (DESIGN.md §3): its public terms, the
 * buyer body, where it is performed (departments, and their regions so a supplier finds tenders of
 * its region), the CPV codes of the tender and of its lots together (for matching), its lots and
 * the reservations and clauses suppliers of the social economy look for. Never the bids or the
 * award criteria's internals.
 */
public record TenderIndexDocument(String id, String title, String description, String buyerSiret, String buyerName,
        String kind, String procedure, String status, BigDecimal estimatedValue, Instant deadline,
        LocalDate expectedPublication, Instant publishedAt, String placeScope, List<String> departmentCodes,
        List<String> regionCodes, List<String> cpvCodes, List<IndexedLot> lots, Set<Reservation> reservations,
        boolean socialClause, Integer insertionHours, boolean environmentalClause) {

    /** One lot as search shows it. */
    public record IndexedLot(int number, String title, String cpv, BigDecimal estimatedValue, Reservation reservation) {
    }

    /** @param buyerName null when the buyer body's name is not known */
    static TenderIndexDocument of(Tender tender, String buyerName, ReferenceCodes codes) {
        TenderTerms terms = tender.terms();
        PlaceOfPerformance place = terms.place();
        List<String> regions = Stream.concat(Stream.ofNullable(place.regionCode()),
                place.departmentCodes().stream().map(codes::regionOf)).filter(Objects::nonNull).distinct().toList();
        List<String> cpvCodes = Stream.concat(terms.cpvCodes().stream(), terms.lots().stream().map(Lot::cpv))
                .distinct().toList();
        Set<Reservation> reservations = new LinkedHashSet<>();
        terms.lots().stream().map(Lot::reservation).filter(Reservation::isReserved).forEach(reservations::add);
        return new TenderIndexDocument(tender.id(), terms.title(), terms.description(), tender.buyerSiret(), buyerName,
                terms.kind().name(), terms.procedure().name(), tender.status().name(), terms.estimatedValue(),
                terms.deadline(), terms.expectedPublication(), tender.publishedAt(), place.scope().name(),
                place.departmentCodes(), regions, cpvCodes,
                terms.lots().stream().map(lot -> new IndexedLot(lot.number(), lot.title(), lot.cpv(),
                        lot.estimatedValue(), lot.reservation())).toList(),
                reservations, terms.socialClause() != null,
                terms.socialClause() == null ? null : terms.socialClause().insertionHours(),
                terms.environmentalClause() != null);
    }
}
