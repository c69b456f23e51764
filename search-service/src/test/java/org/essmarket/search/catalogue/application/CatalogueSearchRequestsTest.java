package org.essmarket.search.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.essmarket.search.catalogue.domain.CatalogueQuery;
import org.essmarket.search.catalogue.domain.CatalogueRequest;
import org.essmarket.search.catalogue.domain.Territories;
import org.junit.jupiter.api.Test;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Elasticsearch request a catalogue search becomes, read as the JSON sent to Elasticsearch. */
class CatalogueSearchRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Territories territories = new Territories(List.of(new Territories.Region("11", "Île-de-France")),
            List.of(new Territories.Department("93", "Seine-Saint-Denis", "11")), List.of());

    private JsonNode requestFor(CatalogueRequest request) {
        CatalogueQuery query = CatalogueQuery.from(request, territories);
        return JSON.readTree(JsonpUtils.toJsonString(CatalogueSearchRequests.build(query, List.of()), new Jackson3JsonpMapper()));
    }

    private static CatalogueRequest text(String q) {
        return new CatalogueRequest(q, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void only_verified_suppliers_and_only_their_public_fields() {
        JsonNode request = requestFor(CatalogueRequest.all());

        assertThat(request.path("query").path("bool").path("filter").toString())
                .contains("{\"term\":{\"status\":{\"value\":\"VERIFIED\"}}}");
        List<String> includes = request.path("_source").path("includes").valueStream().map(JsonNode::asString)
                .toList();
        assertThat(includes).contains("legalName", "siret", "location", "cpvCodes")
                .doesNotContain("memberIds", "status", "searchText");
        assertThat(request.path("track_total_hits").asBoolean()).isTrue();
    }

    @Test
    void the_users_text_is_analysed_as_words_never_parsed_as_query_syntax() {
        String hostile = "nettoyage\" OR status:PENDING) AND memberIds:*";

        JsonNode request = requestFor(text(hostile));

        String json = request.toString();
        assertThat(json).doesNotContain("query_string", "simple_query_string");
        JsonNode recall = request.path("query").path("bool").path("must").get(0).path("bool").path("must").get(0)
                .path("match").path("searchText");
        assertThat(recall.path("query").asString()).isEqualTo(hostile);
        assertThat(recall.path("minimum_should_match").asString()).isEqualTo("2<75%");
        assertThat(recall.path("fuzziness").asString()).isEqualTo("AUTO:4,8");
        assertThat(recall.path("prefix_length").asInt()).isEqualTo(1);
    }

    @Test
    void the_name_weighs_more_than_the_description_and_the_exact_name_most() {
        JsonNode should = requestFor(text("la collecterie")).path("query").path("bool").path("must").get(0)
                .path("bool").path("should");

        assertThat(should.toString()).contains("\"legalName^3\"", "\"brand^2\"", "\"description\"", "cross_fields",
                "phrase", "legalName.exact", "searchText.words");
    }

    @Test
    void highlights_names_and_descriptions_html_escaped() {
        JsonNode highlight = requestFor(text("nettoyage")).path("highlight");

        assertThat(highlight.path("encoder").asString()).isEqualTo("html");
        assertThat(highlight.path("fields").toString()).contains("legalName", "description");
        assertThat(requestFor(CatalogueRequest.all()).has("highlight")).isFalse();
    }

    @Test
    void facets_count_with_every_filter_but_their_own() {
        JsonNode request = requestFor(new CatalogueRequest(null, List.of("EA"), null, List.of("93"), List.of("90"),
                null, null, null, null, null, null, null, null));

        String postFilter = request.path("post_filter").toString();
        assertThat(postFilter).contains("\"kinds\"", "\"department\"", "\"cpvCodes\"", "\"90\"");
        String departmentFacet = request.path("aggregations").path("department").path("filter").toString();
        assertThat(departmentFacet).contains("\"kinds\"", "cpvCodes").doesNotContain("\"department\"");
        String kindFacet = request.path("aggregations").path("kind").path("filter").toString();
        assertThat(kindFacet).contains("\"department\"").doesNotContain("\"kinds\"");
        assertThat(request.path("aggregations").path("cpvDivision").path("aggregations").path("values").path("terms")
                .path("field").asString()).isEqualTo("cpvDivisions");
        assertThat(request.path("aggregations").properties()).extracting(e -> e.getKey())
                .containsExactlyInAnyOrder("kind", "region", "department", "cpvDivision", "legalForm", "label");
    }

    @Test
    void a_cpv_division_is_a_prefix_of_the_codes() {
        JsonNode request = requestFor(new CatalogueRequest(null, null, null, null, List.of("90", "45000000"), null,
                null, null, null, null, null, null, null));

        assertThat(request.path("post_filter").toString())
                .contains("{\"prefix\":{\"cpvCodes\":{\"value\":\"90\"}}}", "{\"prefix\":{\"cpvCodes\":{\"value\":\"45\"}}}");
    }

    @Test
    void a_radius_filters_and_distance_sorts() {
        JsonNode request = requestFor(new CatalogueRequest(null, null, null, null, null, null, null, "48.8638,2.4485",
                30, null, "distance", 2, 10));

        String filters = request.path("query").path("bool").path("filter").toString();
        assertThat(filters).contains("geo_distance", "\"distance\":\"30km\"", "48.8638", "2.4485");
        assertThat(request.path("sort").get(0).has("_geo_distance")).isTrue();
        assertThat(request.path("from").asInt()).isEqualTo(20);
        assertThat(request.path("size").asInt()).isEqualTo(10);
    }

    @Test
    void without_text_results_come_in_name_order() {
        JsonNode sort = requestFor(CatalogueRequest.all()).path("sort");

        assertThat(sort.toString()).contains("_score", "legalName.exact", "\"id\"");
        assertThat(requestFor(CatalogueRequest.all()).path("query").path("bool").path("must").get(0).has("match_all"))
                .isTrue();
    }
}
