package org.essmarket.search.matching.application;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.search.catalogue.application.CatalogueSearch;
import org.essmarket.search.catalogue.application.SearchQueries;
import org.essmarket.search.catalogue.application.SupplierSearchResult.SupplierHit;
import org.essmarket.search.catalogue.domain.InvalidSearchParameters;
import org.essmarket.search.catalogue.domain.ParameterViolation;
import org.essmarket.search.matching.domain.MatchableSupplier;
import org.essmarket.search.matching.domain.PublishedTender;
import org.essmarket.search.matching.domain.SuppliersForTenderQuery;
import org.essmarket.search.matching.domain.TenderMatching;
import org.essmarket.search.tenders.application.TenderSearchRequests;
import org.springframework.stereotype.Service;


/**
 * The VERIFIED suppliers a tender, or one of its lots, concerns (DESIGN.md §3 "Matching"): buyers
 * source with it, suppliers find partners for a groupement. The same rules as the alerts
 * ({@link MatchingSuppliers}, {@link TenderMatching}), on the tender as search holds it; the
 * suppliers as the catalogue shows them (public fields only), by name, a page at a time.
 */
@Service
public class SuppliersForTender {

    private final IndexedDocuments documents;
    private final MatchingSuppliers suppliers;
    /** Reads a tender document as matching sees it, the way the alerts do. */
    private final MatchingTenders tenders;
    private final CatalogueSearch catalogue;

    SuppliersForTender(IndexedDocuments documents, MatchingSuppliers suppliers, MatchingTenders tenders,
            CatalogueSearch catalogue) {
        this.documents = documents;
        this.suppliers = suppliers;
        this.tenders = tenders;
        this.catalogue = catalogue;
    }

    /**
     * @param admin facilitators also source for tenders that are not PUBLISHED (PLANNED, CLOSED,
     *        AWARDED), matched as if they were; everyone else sees only PUBLISHED ones
     * @throws TenderNotFound when search holds no such tender the caller may see
     * @throws InvalidSearchParameters when the tender has no such lot
     * @throws CatalogueSearch.SearchUnavailable when Elasticsearch cannot answer
     */
    public PageResponse<SupplierHit> find(SuppliersForTenderQuery query, boolean admin) {
        Map<String, Object> document = new HashMap<>(documents.find(TenderSearchRequests.INDEX, query.tenderId())
                .orElseThrow(() -> new TenderNotFound(query.tenderId())));
        if (!PublishedTender.PUBLISHED.equals(document.get("status"))) {
            if (!admin) {
                throw new TenderNotFound(query.tenderId());
            }
            // Matching only concerns published tenders: a facilitator sees this one as it will be.
            document.put("status", PublishedTender.PUBLISHED);
        }
        if (query.lot() != null) {
            // The lot's own trade and reservation only, not the other lots' nor the tender's.
            document.put("lots", List.of(lot(document, query.lot())));
            document.put("cpvCodes", List.of());
        }
        PublishedTender tender = tenders.tender(query.tenderId(), document);
        List<String> matching;
        try {
            matching = suppliers.candidatesFor(tender).stream()
                    .filter(supplier -> TenderMatching.concerns(tender, supplier)).map(MatchableSupplier::id)
                    .filter(id -> !query.excluded().contains(id)).toList();
        } catch (IOException e) {
            throw new CatalogueSearch.SearchUnavailable(e);
        }
        return catalogue.verifiedAmong(matching, query.page(), query.size());
    }

    private static Map<?, ?> lot(Map<String, Object> tender, int number) {
        if (tender.get("lots") instanceof Collection<?> lots) {
            for (Object lot : lots) {
                if (lot instanceof Map<?, ?> candidate && Integer.valueOf(number).equals(
                        SearchQueries.integer(candidate.get("number")))) {
                    return candidate;
                }
            }
        }
        throw new InvalidSearchParameters(List.of(new ParameterViolation(SuppliersForTenderQuery.LOT,
                "the tender has no lot " + number)));
    }
}
