package org.essmarket.search.tenders.api;

import java.util.List;

import org.essmarket.search.tenders.application.TenderSearch;
import org.essmarket.search.tenders.application.TenderSearchResult;
import org.essmarket.search.tenders.domain.TenderRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * {@code GET /api/v1/search/tenders}: the public tenders (anonymous callers welcome). Only public
 * statuses, only public fields. Bad parameters get a 400 problem+json whose {@code errors} name each
 * parameter at fault, in the same shape as the catalogue's (CatalogueProblems serves both).
 */
@RestController
public class TenderSearchController {

    private final TenderSearch tenders;

    public TenderSearchController(TenderSearch tenders) {
        this.tenders = tenders;
    }

    @GetMapping("/api/v1/search/tenders")
    @Tag(name = "Tender search")
    @Operation(operationId = "searchTenders", summary = "Search public tenders",
            description = "Full text in French on titles, descriptions and lot titles (accents, case and plurals do "
                    + "not matter), filters (several values of one filter are alternatives; different filters all "
                    + "apply), facets with counts, sorting and paging. Without status, PUBLISHED tenders only.")
    public TenderSearchResult searchTenders(
            @Parameter(description = "Words to find in titles, descriptions and lot titles")
            @RequestParam(name = TenderRequest.Q, required = false) String q,
            @Parameter(description = "CPV codes or their first digits: 90 finds 90910000")
            @RequestParam(name = TenderRequest.CPV_PREFIX, required = false) List<String> cpvPrefix,
            @Parameter(description = "Departments of performance by INSEE code (93) or name")
            @RequestParam(name = TenderRequest.DEPARTMENT, required = false) List<String> department,
            @Parameter(description = "Regions of performance by INSEE code (11) or name")
            @RequestParam(name = TenderRequest.REGION, required = false) List<String> region,
            @Parameter(description = "Tenders with a lot reserved: DISABILITY, INSERTION, BOTH, ESS")
            @RequestParam(name = TenderRequest.RESERVATION, required = false) List<String> reservation,
            @Parameter(description = "PUBLISHED (default), PLANNED, CLOSED, AWARDED")
            @RequestParam(name = TenderRequest.STATUS, required = false) List<String> status,
            @Parameter(description = "Deadline from this ISO date or instant")
            @RequestParam(name = TenderRequest.DEADLINE_AFTER, required = false) String deadlineAfter,
            @Parameter(description = "Deadline until this ISO date (included) or instant")
            @RequestParam(name = TenderRequest.DEADLINE_BEFORE, required = false) String deadlineBefore,
            @Parameter(description = "relevance (default) or deadline (soonest first)")
            @RequestParam(name = TenderRequest.SORT, required = false) String sort,
            @Parameter(description = "Page number, from 0")
            @RequestParam(name = TenderRequest.PAGE, required = false) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)")
            @RequestParam(name = TenderRequest.SIZE, required = false) Integer size) {
        return tenders.search(new TenderRequest(q, cpvPrefix, department, region, reservation, status, deadlineAfter,
                deadlineBefore, sort, page, size));
    }
}
