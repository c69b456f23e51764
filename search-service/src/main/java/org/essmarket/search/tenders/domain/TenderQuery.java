package org.essmarket.search.tenders.domain;

import static org.essmarket.search.tenders.domain.TenderRequest.CPV_PREFIX;
import static org.essmarket.search.tenders.domain.TenderRequest.DEADLINE_AFTER;
import static org.essmarket.search.tenders.domain.TenderRequest.DEADLINE_BEFORE;
import static org.essmarket.search.tenders.domain.TenderRequest.DEPARTMENT;
import static org.essmarket.search.tenders.domain.TenderRequest.PAGE;
import static org.essmarket.search.tenders.domain.TenderRequest.Q;
import static org.essmarket.search.tenders.domain.TenderRequest.REGION;
import static org.essmarket.search.tenders.domain.TenderRequest.RESERVATION;
import static org.essmarket.search.tenders.domain.TenderRequest.SIZE;
import static org.essmarket.search.tenders.domain.TenderRequest.SORT;
import static org.essmarket.search.tenders.domain.TenderRequest.STATUS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.essmarket.search.catalogue.domain.SearchParameters;
import org.essmarket.search.catalogue.domain.Territories;

/**
 * A checked tender search: every value is one the index understands, or the request was refused
 * with each bad parameter named (the same checks and words as the catalogue's, see
 * {@link SearchParameters}). The user's text stays text, never query syntax.
 *
 * @param deadlineFrom inclusive
 * @param deadlineUntil exclusive
 */
public record TenderQuery(String text, List<String> cpvPrefixes, List<String> departments, List<String> regions,
        List<String> reservations, List<String> statuses, Instant deadlineFrom, Instant deadlineUntil,
        TenderSort sort, int page, int size) {

    public TenderQuery {
        cpvPrefixes = List.copyOf(cpvPrefixes);
        departments = List.copyOf(departments);
        regions = List.copyOf(regions);
        reservations = List.copyOf(reservations);
        statuses = List.copyOf(statuses);
    }

    public boolean hasText() {
        return text != null;
    }

    /**
     * Checks a request and resolves names to codes.
     *
     * @throws org.essmarket.search.catalogue.domain.InvalidSearchParameters naming every parameter that is wrong
     */
    public static TenderQuery from(TenderRequest request, Territories territories) {
        SearchParameters check = new SearchParameters();
        String text = check.text(Q, request.q());
        List<String> cpvPrefixes = check.cpvPrefixes(CPV_PREFIX, request.cpvPrefix());
        List<String> departments = check.departments(DEPARTMENT, request.department(), territories);
        List<String> regions = check.regions(REGION, request.region(), territories);
        List<String> reservations = check.values(RESERVATION, request.reservation(), value -> Reservation
                .fromCode(value).map(Reservation::name).map(SearchParameters.Check::ok)
                .orElseGet(() -> SearchParameters.Check.error("one of DISABILITY, INSERTION, BOTH, ESS")));
        List<String> statuses = check.values(STATUS, request.status(), value -> TenderStatus.fromCode(value)
                .map(TenderStatus::name).map(SearchParameters.Check::ok)
                .orElseGet(() -> SearchParameters.Check.error("one of PUBLISHED, PLANNED, CLOSED, AWARDED")));
        if (statuses.isEmpty()) {
            statuses = List.of(TenderStatus.DEFAULT.name());
        }
        Instant from = instant(check, DEADLINE_AFTER, request.deadlineAfter(), false);
        Instant until = instant(check, DEADLINE_BEFORE, request.deadlineBefore(), true);
        if (from != null && until != null && !from.isBefore(until)) {
            check.refuse(DEADLINE_BEFORE, "must be after " + DEADLINE_AFTER);
        }
        TenderSort sort = TenderSort.RELEVANCE;
        if (request.sort() != null && !request.sort().isBlank()) {
            Optional<TenderSort> parsed = TenderSort.fromParameter(request.sort());
            if (parsed.isEmpty()) {
                check.refuse(SORT, "one of relevance, deadline");
            } else {
                sort = parsed.get();
            }
        }
        SearchParameters.Paging paging = check.paging(PAGE, request.page(), SIZE, request.size());
        check.throwIfAnyRefused();
        return new TenderQuery(text, cpvPrefixes, departments, regions, reservations, statuses, from, until, sort,
                paging.page(), paging.size());
    }

    /**
     * An ISO instant ({@code 2026-12-01T12:00:00Z}) or date ({@code 2026-12-01}, UTC). A date as the
     * upper bound counts whole: "before 1 December" keeps deadlines on 1 December.
     */
    private static Instant instant(SearchParameters check, String parameter, String raw, boolean endOfDay) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                check.refuse(parameter, "an ISO date (2026-12-01) or instant (2026-12-01T12:00:00Z)");
                return null;
            }
        }
    }
}
