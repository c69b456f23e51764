package org.essmarket.search.figures.application;

import java.util.List;
import java.util.Map;

import org.essmarket.search.catalogue.application.CatalogueSearchRequests;
import org.essmarket.search.catalogue.application.SearchQueries;
import org.essmarket.search.index.application.SearchIndices;
import org.essmarket.search.tenders.application.TenderSearchRequests;
import org.essmarket.search.tenders.domain.TenderStatus;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * The figures the home page shows, counted by Elasticsearch (two size-0 searches), so that no
 * client pages through results to count them.
 */
@Service
public class PlatformFigures {

    private static final String LOTS = "lots";
    private static final String RESERVED = "reserved";

    private final ElasticsearchClient client;
    private final SearchIndices indices;

    public PlatformFigures(ElasticsearchClient client, SearchIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /**
     * @throws org.essmarket.search.catalogue.application.CatalogueSearch.SearchUnavailable when Elasticsearch cannot answer
     */
    public Figures figures() {
        SearchResponse<Map> tenders = SearchQueries.execute(client, indices, TenderSearchRequests.INDEX,
                openTendersWithReservedLots());
        SearchResponse<Map> suppliers = SearchQueries.execute(client, indices, CatalogueSearchRequests.INDEX,
                SearchRequest.of(search -> search.index(CatalogueSearchRequests.INDEX)
                        .query(CatalogueSearchRequests.verified()).size(0).trackTotalHits(t -> t.enabled(true))));
        return new Figures(SearchQueries.total(tenders), SearchQueries.total(suppliers), reservedLots(tenders));
    }

    /** PUBLISHED tenders, with their lots reserved under any article (a lot without reservation says NONE). */
    private static SearchRequest openTendersWithReservedLots() {
        Query reserved = Query.of(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field("lots.reservation")))
                .mustNot(SearchQueries.terms("lots.reservation", List.of("NONE")))));
        return SearchRequest.of(search -> search.index(TenderSearchRequests.INDEX)
                .query(SearchQueries.terms("status", List.of(TenderStatus.PUBLISHED.name()))).size(0)
                .trackTotalHits(t -> t.enabled(true))
                .aggregations(LOTS, lots -> lots.nested(n -> n.path(LOTS))
                        .aggregations(RESERVED, filter -> filter.filter(reserved))));
    }

    private static long reservedLots(SearchResponse<Map> tenders) {
        Aggregate lots = tenders.aggregations() == null ? null : tenders.aggregations().get(LOTS);
        if (lots == null || !lots.isNested()) {
            return 0;
        }
        Aggregate reserved = lots.nested().aggregations().get(RESERVED);
        return reserved == null || !reserved.isFilter() ? 0 : reserved.filter().docCount();
    }

    /**
     * @param openTenders PUBLISHED tenders (open to bids)
     * @param verifiedSuppliers suppliers of the public catalogue
     * @param reservedLots lots of the open tenders reserved to ESS structures (L2113-12 to L2113-15)
     */
    public record Figures(long openTenders, long verifiedSuppliers, long reservedLots) {
    }
}
