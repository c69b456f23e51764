package org.essmarket.search.matching.application;

import java.io.IOException;
import java.util.List;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.platform.web.UseCaseRefusal;
import org.essmarket.search.catalogue.application.CatalogueSearch;
import org.essmarket.search.matching.domain.MatchableSupplier;
import org.essmarket.search.matching.domain.PublishedTender;
import org.essmarket.search.matching.domain.TenderMatching;
import org.essmarket.search.matching.domain.TendersForSupplierQuery;
import org.essmarket.search.tenders.application.TenderSearch;
import org.essmarket.search.tenders.application.TenderSearchResult.TenderHit;
import org.springframework.stereotype.Service;

/**
 * The open tenders that concern a VERIFIED supplier (DESIGN.md §3 "Matching"): the same rules as
 * its alerts ({@link MatchingTenders}, {@link TenderMatching}), on the supplier as search holds it;
 * the tenders as the tender search shows them, soonest deadline first.
 */
@Service
public class TendersForSupplier {

    private final IndexedDocuments documents;
    private final MatchingTenders tenders;
    private final TenderSearch tenderSearch;

    TendersForSupplier(IndexedDocuments documents, MatchingTenders tenders, TenderSearch tenderSearch) {
        this.documents = documents;
        this.tenders = tenders;
        this.tenderSearch = tenderSearch;
    }

    /**
     * @throws SupplierNotFound when search holds no VERIFIED supplier with this id
     * @throws CatalogueSearch.SearchUnavailable when Elasticsearch cannot answer
     */
    public PageResponse<TenderHit> find(TendersForSupplierQuery query) {
        MatchableSupplier supplier = documents.find(MatchingSuppliers.INDEX, query.supplierId())
                .map(document -> MatchingSuppliers.supplier(query.supplierId(), document))
                .filter(MatchableSupplier::isVerified)
                .orElseThrow(() -> new SupplierNotFound(query.supplierId()));
        List<String> concerning;
        try {
            concerning = tenders.openTendersFor(supplier).stream()
                    .filter(tender -> TenderMatching.concerns(tender, supplier)).map(PublishedTender::id).toList();
        } catch (IOException e) {
            throw new CatalogueSearch.SearchUnavailable(e);
        }
        return tenderSearch.publishedAmong(concerning, query.page(), query.size());
    }

    /** No VERIFIED supplier with this id in search (404). */
    public static class SupplierNotFound extends UseCaseRefusal.NotFound {
        SupplierNotFound(String id) {
            super("No verified supplier " + id + ".");
        }
    }
}
