package org.essmarket.search.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;

/**
 * The suppliers a tender or a lot concerns (buyer sourcing, partner suggestions), on a real
 * Elasticsearch fed through the owners' internal index API. Everything here is in La Réunion,
 * which the other tests' suppliers do not reach, and is removed at the end (Elasticsearch is shared
 * by all the tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuppliersForTenderIT {

    /** Saint-Denis de La Réunion, a few km from the department's centroid. */
    private static final Map<String, Double> SAINT_DENIS = Map.of("lat", -20.8823, "lon", 55.4504);
    private static final String CLEANING = "90910000";
    private static final String CATERING = "55520000";

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> supplierIds = new ArrayList<>();
    private final List<String> tenderIds = new ArrayList<>();
    private ApiClient api;
    private String supplierService;
    private String tenderService;
    private String buyer;

    @BeforeAll
    void pushSuppliersAndTenders() throws Exception {
        api = new ApiClient(port);
        supplierService = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
        tenderService = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        buyer = Tokens.forUser(DemoUsers.BUYER);
        supplier("cleaner", "A Nettoyage Réunion", "VERIFIED", "ACI", "90911000", zones("974"));
        supplier("caterer-ea", "B Traiteur Adapté", "VERIFIED", "EA", CATERING, Map.of("kind", "COUNTRY"));
        supplier("caterer-aci", "C Cuisine d'Insertion", "VERIFIED", "ACI", CATERING, zones("974"));
        supplier("far", "D Nettoyage Parisien", "VERIFIED", "ACI", "90911000", zones("75"));
        supplier("pending", "E Nettoyage En Attente", "PENDING", "EA", "90911000", Map.of("kind", "COUNTRY"));
        supplier("builder", "F Bâtiment", "VERIFIED", "EI", "45000000", Map.of("kind", "COUNTRY"));
        tender("published", "PUBLISHED", 20);
        tender("planned", "PLANNED", 40);
        tender("past-deadline", "PUBLISHED", -1);
        elasticsearch.indices().refresh(refresh -> refresh.index("suppliers", "tenders"));
    }

    @AfterAll
    void removeWhatThisTestIndexed() {
        supplierIds.forEach(id -> api.send("DELETE", "/internal/index/suppliers/" + id + "?version=100",
                supplierService, null, null));
        tenderIds.forEach(id -> api.send("DELETE", "/internal/index/tenders/" + id + "?version=100", tenderService,
                null, null));
    }

    @Test
    void a_buyer_sees_the_verified_suppliers_of_the_tenders_trades_that_reach_its_place_by_name() {
        JsonNode page = matching("published", "", buyer);

        assertThat(ids(page)).containsExactly(id("cleaner"), id("caterer-ea"), id("caterer-aci"));
        assertThat(page.path("totalElements").asLong()).isEqualTo(3);
        JsonNode first = page.path("content").get(0);
        assertThat(first.path("legalName").asString()).isEqualTo("A Nettoyage Réunion " + run);
        assertThat(first.path("kinds").get(0).asString()).isEqualTo("ACI");
        assertThat(first.has("memberIds")).as("public fields only").isFalse();
        assertThat(first.has("status")).isFalse();
    }

    @Test
    void for_a_reserved_lot_only_suppliers_of_an_eligible_kind_are_suggested() {
        assertThat(ids(matching("published", "lot=2", buyer))).containsExactly(id("caterer-ea"));
        assertThat(ids(matching("published", "lot=1", buyer))).containsExactly(id("cleaner"));
    }

    @Test
    void a_supplier_looking_for_partners_leaves_out_itself_and_those_it_has() {
        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);

        assertThat(ids(matching("published", "exclude=" + id("cleaner") + "," + id("caterer-aci"), supplier)))
                .containsExactly(id("caterer-ea"));
        assertThat(ids(matching("published", "lot=1&exclude=" + id("cleaner"), supplier))).isEmpty();
    }

    @Test
    void pages_come_with_their_totals() {
        JsonNode second = matching("published", "size=2&page=1", buyer);

        assertThat(ids(second)).containsExactly(id("caterer-aci"));
        assertThat(second.path("totalElements").asLong()).isEqualTo(3);
        assertThat(second.path("totalPages").asInt()).isEqualTo(2);
        assertThat(second.path("page").asInt()).isEqualTo(1);
    }

    @Test
    void anonymous_callers_get_401() {
        Response response = api.get(path("published", ""), null);

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void a_tender_search_does_not_hold_or_that_is_not_published_is_not_found_except_by_an_admin() {
        Response absent = api.get("/api/v1/search/tenders/no-such-" + run + "/matching-suppliers", buyer);
        assertThat(absent.status()).isEqualTo(404);
        assertThat(absent.header("Content-Type")).startsWith("application/problem+json");

        assertThat(api.get(path("planned", ""), buyer).status()).isEqualTo(404);
        assertThat(ids(matching("planned", "", Tokens.forUser(DemoUsers.ADMIN))))
                .as("facilitators source ahead of publication")
                .containsExactly(id("cleaner"), id("caterer-ea"), id("caterer-aci"));
    }

    @Test
    void a_lot_the_tender_lacks_and_bad_paging_get_a_problem_naming_the_parameter() {
        assertRefused("lot=9", "lot");
        assertRefused("lot=two", "lot");
        assertRefused("lot=0", "lot");
        assertRefused("size=101", "size");
        assertRefused("page=-1", "page");
    }

    // ------------------------------------------------------------ the other way: tenders for a supplier

    @Test
    void a_verified_supplier_sees_the_open_tenders_of_its_trade_within_its_range() {
        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);

        assertThat(ids(tendersFor("cleaner", supplier))).as("not the planned one, nor the one past its deadline")
                .containsExactly(tenderId("published"));
        assertThat(tendersFor("cleaner", supplier).path("content").get(0).path("title").asString())
                .isEqualTo("Nettoyage et restauration à Saint-Denis");
        assertThat(ids(tendersFor("far", supplier))).as("out of its range").isEmpty();
        assertThat(ids(tendersFor("builder", buyer))).as("another trade").isEmpty();
    }

    @Test
    void tenders_for_a_supplier_that_is_not_verified_are_not_found_and_anonymous_callers_get_401() {
        assertThat(api.get(tendersPath("pending"), buyer).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/search/suppliers/no-such-" + run + "/matching-tenders", buyer).status())
                .isEqualTo(404);
        assertThat(api.get(tendersPath("cleaner"), null).status()).isEqualTo(401);
        assertThat(api.get(tendersPath("cleaner") + "?size=101", buyer).status()).isEqualTo(400);
    }

    private JsonNode tendersFor(String supplier, String token) {
        Response response = api.get(tendersPath(supplier), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String tendersPath(String supplier) {
        return "/api/v1/search/suppliers/" + id(supplier) + "/matching-tenders";
    }

    private void assertRefused(String query, String parameter) {
        Response response = api.get(path("published", query), buyer);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
        assertThat(fields).as(query).containsExactly(parameter);
    }

    private JsonNode matching(String tender, String query, String token) {
        Response response = api.get(path(tender, query), token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String path(String tender, String query) {
        return "/api/v1/search/tenders/" + tenderId(tender) + "/matching-suppliers?" + query;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("content").forEach(hit -> ids.add(hit.path("id").asString()));
        return ids;
    }

    private String id(String name) {
        return "sft-" + name + "-" + run;
    }

    private String tenderId(String name) {
        return "sft-tender-" + name + "-" + run;
    }

    private static Map<String, Object> zones(String department) {
        return Map.of("kind", "ZONES", "departments", List.of(department));
    }

    private void supplier(String name, String legalName, String status, String kind, String cpv,
            Map<String, Object> range) {
        String id = id(name);
        supplierIds.add(id);
        push("suppliers", supplierService, id, Map.of("id", id, "legalName", legalName + " " + run, "status", status,
                "kinds", List.of(kind), "department", "974", "region", "04", "location", SAINT_DENIS,
                "cpvCodes", List.of(cpv),
                "activities", List.of(Map.of("cpvCodes", List.of(cpv), "serviceTypes", List.of("SERVICE"), "range", range)),
                "memberIds", List.of("member-of-" + id)));
    }

    private void tender(String name, String status, int deadlineInDays) {
        String id = tenderId(name);
        tenderIds.add(id);
        Map<String, Object> tender = new HashMap<>(Map.of("id", id, "title", "Nettoyage et restauration à Saint-Denis",
                "status", status, "deadline", Instant.now().plus(deadlineInDays, ChronoUnit.DAYS).toString(),
                "placeScope", "DEPARTMENTS", "departmentCodes", List.of("974"),
                "regionCodes", List.of("04"), "cpvCodes", List.of(CLEANING, CATERING),
                "lots", List.of(Map.of("number", 1, "title", "Nettoyage", "cpv", CLEANING, "reservation", "NONE"),
                        Map.of("number", 2, "title", "Restauration", "cpv", CATERING, "reservation", "DISABILITY")),
                "reservations", List.of("DISABILITY")));
        push("tenders", tenderService, id, tender);
    }

    private void push(String type, String token, String id, Map<String, Object> document) {
        Response response = api.send("PUT", "/internal/index/" + type + "/" + id, token,
                ApiClient.JSON.writeValueAsString(Map.of("version", 1, "document", document)), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
