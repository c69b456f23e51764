package org.essmarket.search.tenders.domain;

import java.util.List;

/**
 * A tender search as the caller wrote it (query parameters, unchecked). Several values of one
 * filter are alternatives; different filters all apply.
 *
 * @param q full text, in the user's words (title, description, lot titles)
 * @param cpvPrefix CPV codes or their first digits: a division "90" finds 90910000
 * @param department department codes or names
 * @param region region codes or names
 * @param reservation DISABILITY, INSERTION, BOTH or ESS: tenders with a lot so reserved
 * @param status PUBLISHED (default), PLANNED, CLOSED, AWARDED
 * @param deadlineAfter ISO date or instant: deadlines from then
 * @param deadlineBefore ISO date or instant: deadlines until then (a date counts whole)
 * @param sort relevance (default) or deadline (soonest first)
 * @param page from 0
 * @param size 1 to 100
 */
public record TenderRequest(String q, List<String> cpvPrefix, List<String> department, List<String> region,
        List<String> reservation, List<String> status, String deadlineAfter, String deadlineBefore, String sort,
        Integer page, Integer size) {

    /** The parameter names, as the API spells them. */
    public static final String Q = "q";
    public static final String CPV_PREFIX = "cpvPrefix";
    public static final String DEPARTMENT = "department";
    public static final String REGION = "region";
    public static final String RESERVATION = "reservation";
    public static final String STATUS = "status";
    public static final String DEADLINE_AFTER = "deadlineAfter";
    public static final String DEADLINE_BEFORE = "deadlineBefore";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** Published tenders, first page, by relevance. */
    public static TenderRequest all() {
        return new TenderRequest(null, null, null, null, null, null, null, null, null, null, null);
    }
}
