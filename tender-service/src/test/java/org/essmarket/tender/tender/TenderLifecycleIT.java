package org.essmarket.tender.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.PlaceOfPerformance;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderKind;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Tenders through their API, with real tokens for the buyer (acting for Ville de Lyon through its
 * token's organisation_siret), a supplier, an admin and anonymous callers, on the MongoDB stand-in.
 * Another buyer body's tenders are stored directly, as there is one demo buyer only.
 */
@ServiceIntegrationTest
class TenderLifecycleIT {

    private static final String LYON = "21690123100011";
    private static final String PARIS = "21750001600019";

    @LocalServerPort
    int port;

    @Autowired
    TenderStore store;

    @Autowired
    TenderService service;

    private ApiClient api;
    private final String buyer = Tokens.forUser(DemoUsers.BUYER);
    private final String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
    private final String admin = Tokens.forUser(DemoUsers.ADMIN);

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String tenderJson(String deadline, String lots, String criteria, String extra) {
        return """
                {"title": "Entretien des parcs et jardins", "description": "Trois lots dont deux réservés",
                 "kind": "TENDER", "procedure": "OPEN", "estimatedValue": 250000.00,
                 "place": {"scope": "DEPARTMENTS", "departmentCodes": ["69"]},
                 "cpvCodes": ["77310000-6"], "socialClause": {"insertionHours": 1200},
                 "environmentalClause": "Zéro produit phytosanitaire",
                 "awardCriteria": %s, "deadline": "%s",
                 "consortiumPolicy": {"forbidAloneAndInGroupement": true, "forbidSeveralGroupements": false},
                 "lotLimits": {"maxLotsPerBidder": 2, "maxLotsAwardedPerBidder": 1},
                 "lots": %s %s}""".formatted(criteria, deadline, lots, extra);
    }

    static final String THREE_LOTS = """
            [{"number": 1, "title": "Espaces verts", "cpv": "77310000", "estimatedValue": 120000, "reservation": "INSERTION"},
             {"number": 2, "title": "Nettoyage", "cpv": "90910000-9", "estimatedValue": 80000, "reservation": "DISABILITY"},
             {"number": 3, "title": "Restauration", "cpv": "55300000", "estimatedValue": 50000}]""";

    static final String CRITERIA = """
            [{"name": "Prix", "weight": 40}, {"name": "Valeur technique", "weight": 40},
             {"name": "Performance environnementale", "weight": 20}]""";

    static String inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).toString();
    }

    static String validTender() {
        return tenderJson(inDays(30), THREE_LOTS, CRITERIA, "");
    }

    private JsonNode create(String body) {
        Response created = api.send("POST", "/api/v1/tenders", buyer, body, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).isNotNull();
        return created.json();
    }

    private String createId() {
        return create(validTender()).get("id").asString();
    }

    private Response post(String path, String token, String body) {
        return api.send("POST", path, token, body, null);
    }

    private Tender storeForAnotherBody(TenderStatus status, Instant deadline) {
        TenderTerms terms = new TenderTerms("Restauration scolaire de Paris", null, TenderKind.TENDER, Procedure.OPEN,
                new BigDecimal("90000"), new PlaceOfPerformance(PlaceOfPerformance.Scope.DEPARTMENTS, List.of("75"), null),
                List.of("55520000"), null, null, List.of(new AwardCriterion("Prix", 100)), deadline, null, null, null,
                List.of(new Lot(1, "Repas", "55520000", null, Reservation.NONE)), null);
        return store.save(Tender.restore(UUID.randomUUID().toString(), PARIS, "someone-else", Instant.now(), null,
                terms, status, null, null, List.of()));
    }

    @Test
    void a_buyer_creates_and_submits_an_admin_publishes_and_then_anyone_sees_it() {
        JsonNode created = create(validTender());
        String id = created.get("id").asString();
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("buyerSiret").asString()).as("from the token").isEqualTo(LYON);
        assertThat(created.at("/lots/1/cpv").asString()).isEqualTo("90910000");
        assertThat(created.at("/cpvCodes/0").asString()).isEqualTo("77310000");
        assertThat(created.at("/lots/0/reservationArticle").asString()).isEqualTo("L2113-13");
        assertThat(created.at("/lots/0/reservationNotice").asString()).contains("article L2113-13");
        assertThat(created.at("/lots/1/reservationNotice").asString()).contains("article L2113-12");
        assertThat(created.at("/lots/2/reservation").asString()).isEqualTo("NONE");
        assertThat(created.at("/estimatedValue").decimalValue()).isEqualByComparingTo("250000");
        assertThat(created.at("/currency").asString()).isEqualTo("EUR");

        assertThat(api.get("/api/v1/tenders/" + id, null).status()).as("a draft is not public").isEqualTo(404);
        assertThat(api.get("/api/v1/tenders/" + id, supplier).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tenders/" + id, buyer).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tenders/mine?size=100", buyer).body()).contains(id);
        assertThat(api.get("/api/v1/tenders?mine=true&size=100", buyer).body()).contains(id);

        Response submitted = post("/api/v1/tenders/" + id + "/submit", buyer, null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(api.get("/api/v1/tenders/" + id, admin).status()).as("admins review it").isEqualTo(200);
        assertThat(post("/api/v1/tenders/" + id + "/publish", buyer, null).status()).as("admins only").isEqualTo(403);

        Response published = post("/api/v1/tenders/" + id + "/publish", admin, null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("publishedAt").isNull()).isFalse();

        Response anonymous = api.get("/api/v1/tenders/" + id, null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().at("/lots/0/reservationNotice").asString()).contains("L2113-13");
        assertThat(api.get("/api/v1/tenders?cpv=7731&department=69&size=100", null).body()).contains(id);
        assertThat(api.get("/api/v1/tenders?cpv=9091&size=100", null).body()).as("lot CPV").contains(id);
        assertThat(api.get("/api/v1/tenders?department=75&size=100", null).body()).doesNotContain(id);
        assertThat(api.get("/api/v1/tenders?status=PUBLISHED&size=100", null).body()).contains(id);
    }

    @Test
    void suppliers_and_anonymous_callers_cannot_create_tenders() {
        assertThat(post("/api/v1/tenders", supplier, validTender()).status()).isEqualTo(403);
        assertThat(post("/api/v1/tenders", null, validTender()).status()).isEqualTo(401);
        assertThat(post("/api/v1/tenders", admin, validTender()).status()).isEqualTo(403);
    }

    @Test
    void server_owned_fields_in_the_body_are_ignored() {
        JsonNode created = create(tenderJson(inDays(30), THREE_LOTS, CRITERIA, """
                , "id": "mine", "status": "PUBLISHED", "buyerSiret": "%s", "version": 42,
                  "publishedAt": "2020-01-01T00:00:00Z", "statusReason": "forced\"""".formatted(PARIS)));

        assertThat(created.get("id").asString()).isNotEqualTo("mine");
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("buyerSiret").asString()).isEqualTo(LYON);
        assertThat(created.get("version").asLong()).isZero();
        assertThat(created.has("publishedAt")).as("absent fields are left out").isFalse();
        assertThat(created.has("statusReason")).isFalse();
    }

    @Test
    void a_buyer_neither_sees_nor_changes_another_bodys_draft() {
        String id = storeForAnotherBody(TenderStatus.DRAFT, Instant.now().plus(Duration.ofDays(20))).id();
        String path = "/api/v1/tenders/" + id;

        assertThat(api.get(path, buyer).status()).isEqualTo(404);
        assertThat(api.send("PUT", path, buyer, validTender(), "\"0\"").status()).isEqualTo(404);
        assertThat(post(path + "/submit", buyer, null).status()).isEqualTo(404);
        assertThat(post(path + "/cancel", buyer, "{\"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tenders/mine?size=100", buyer).body()).doesNotContain(id);
        assertThat(api.get(path, admin).status()).isEqualTo(200);
        assertThat(api.get(path, admin).json().get("status").asString()).as("unchanged").isEqualTo("DRAFT");
    }

    @Test
    void a_buyer_cannot_change_another_bodys_published_tender() {
        String id = storeForAnotherBody(TenderStatus.PUBLISHED, Instant.now().plus(Duration.ofDays(20))).id();
        String path = "/api/v1/tenders/" + id;

        assertThat(api.get(path, buyer).status()).as("public").isEqualTo(200);
        assertThat(post(path + "/cancel", buyer, "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(api.get(path, null).json().get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void invalid_transitions_get_409_naming_the_state() {
        String id = createId();
        String path = "/api/v1/tenders/" + id;

        Response publishDraft = post(path + "/publish", admin, null);
        assertThat(publishDraft.status()).isEqualTo(409);
        assertThat(publishDraft.header("Content-Type")).startsWith("application/problem+json");
        assertThat(publishDraft.body()).contains("DRAFT");

        assertThat(post(path + "/submit", buyer, null).status()).isEqualTo(200);
        Response again = post(path + "/submit", buyer, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("SUBMITTED");

        String etag = api.get(path, buyer).header("ETag");
        Response edit = api.send("PUT", path, buyer, validTender(), etag);
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.body()).contains("SUBMITTED");
    }

    @Test
    void edits_need_the_current_version() {
        String id = createId();
        String path = "/api/v1/tenders/" + id;
        String etag = api.get(path, buyer).header("ETag");
        String edit = validTender().replace("Entretien des parcs et jardins", "Entretien des parcs de Lyon");

        assertThat(api.send("PUT", path, buyer, edit, null).status()).isEqualTo(428);
        assertThat(api.send("PUT", path, supplier, edit, etag).status()).isEqualTo(403);
        Response updated = api.send("PUT", path, buyer, edit, etag);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("title").asString()).isEqualTo("Entretien des parcs de Lyon");
        assertThat(updated.header("ETag")).isNotEqualTo(etag);

        Response stale = api.send("PUT", path, buyer, edit.replace("de Lyon", "du Rhône"), etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(path, buyer).json().get("title").asString()).isEqualTo("Entretien des parcs de Lyon");
        assertThat(api.send("POST", path + "/submit", buyer, null, etag).status()).as("If-Match honoured").isEqualTo(412);
    }

    @Test
    void bad_input_gets_400_naming_the_field_and_stores_nothing() {
        String total = api.get("/api/v1/tenders/mine", buyer).json().get("totalElements").asString();

        assertBadField(tenderJson(inDays(30), THREE_LOTS.replace("55300000", "99999999"), CRITERIA, ""), "lots[2].cpv");
        assertBadField(tenderJson(inDays(30), THREE_LOTS, CRITERIA, "").replace("77310000-6", "77310000-5"),
                "cpvCodes[0]");
        assertBadField(tenderJson(inDays(-1), THREE_LOTS, CRITERIA, ""), "deadline");
        assertBadField(tenderJson(inDays(30), THREE_LOTS.replace("\"number\": 3", "\"number\": 1"), CRITERIA, ""),
                "lots[2].number");
        assertBadField(tenderJson(inDays(30), THREE_LOTS, CRITERIA.replace("20", "25"), ""), "awardCriteria");
        String noLots = tenderJson(inDays(30), "[]", CRITERIA, "").replace("\"maxLotsPerBidder\": 2, \"maxLotsAwardedPerBidder\": 1", "");
        assertBadField(noLots, "noLotsJustification");
        assertBadField(tenderJson(inDays(30), THREE_LOTS, CRITERIA, "").replace("\"OPEN\"", "null"), "procedure");
        assertBadField(tenderJson(inDays(30), THREE_LOTS, CRITERIA, "").replace("[\"69\"]", "[\"99\"]"),
                "place.departmentCodes[0]");
        assertBadField(tenderJson(inDays(30), THREE_LOTS.replace("\"DISABILITY\"", "\"MAYBE\""), CRITERIA, ""),
                "lots[1].reservation");
        assertBadField(tenderJson(inDays(30), THREE_LOTS, CRITERIA, "").replace("\"estimatedValue\": 250000.00",
                "\"estimatedValue\": \"lots\""), "estimatedValue");
        assertBadField(tenderJson(inDays(30), THREE_LOTS, CRITERIA, """
                , "facts": {"noticeSentOn": "2026-09-01", "priorInformationNoticeOn": "2026-09-01"}"""),
                "facts.priorInformationNoticeOn");
        assertBadField(tenderJson(inDays(30), THREE_LOTS, CRITERIA, ", \"facts\": {\"nature\": \"GOODS\"}"),
                "facts.nature");
        assertBadField(tenderJson(inDays(30), THREE_LOTS, CRITERIA.replace("\"weight\": 20}",
                "\"weight\": 20, \"category\": \"GREEN\"}"), ""), "awardCriteria[2].category");

        assertThat(create(noLots.replace("\"lots\": []", "\"lots\": [], \"noLotsJustification\": \"Prestation unique\""))
                .get("noLotsJustification").asString()).isEqualTo("Prestation unique");
        assertThat(api.get("/api/v1/tenders/mine", buyer).json().get("totalElements").asLong())
                .isEqualTo(Long.parseLong(total) + 1);

        Response page = api.get("/api/v1/tenders?size=101", null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("\"field\":\"size\"");
        assertThat(api.get("/api/v1/tenders?status=DRAFT", null).status()).as("drafts are not public").isEqualTo(403);
    }

    private void assertBadField(String body, String field) {
        Response response = post("/api/v1/tenders", buyer, body);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).as(body).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void an_admin_rejects_with_a_reason_and_the_buyer_edits_and_submits_again() {
        String id = createId();
        String path = "/api/v1/tenders/" + id;
        post(path + "/submit", buyer, null);

        assertThat(post(path + "/reject", buyer, "{\"reason\": \"x\"}").status()).isEqualTo(403);
        Response noReason = post(path + "/reject", admin, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        Response rejected = post(path + "/reject", admin, "{\"reason\": \"Précisez la clause sociale\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("statusReason").asString()).isEqualTo("Précisez la clause sociale");
        assertThat(api.get(path, null).status()).isEqualTo(404);

        Response edited = api.send("PUT", path, buyer, validTender(), rejected.header("ETag"));
        assertThat(edited.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(post(path + "/submit", buyer, null).json().get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void a_tender_announced_ahead_is_public_and_becomes_a_draft() {
        JsonNode planned = create(tenderJson(inDays(60), THREE_LOTS, CRITERIA,
                ", \"announceAhead\": true, \"expectedPublication\": \"2027-01-15\""));
        String path = "/api/v1/tenders/" + planned.get("id").asString();
        assertThat(planned.get("status").asString()).isEqualTo("PLANNED");
        assertThat(api.get(path, null).json().get("expectedPublication").asString()).isEqualTo("2027-01-15");

        assertThat(post(path + "/submit", buyer, null).status()).isEqualTo(409);
        assertThat(post(path + "/draft", buyer, null).json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(api.get(path, null).status()).isEqualTo(404);
    }

    @Test
    void the_owner_cancels_with_a_reason() {
        String path = "/api/v1/tenders/" + createId();

        assertThat(post(path + "/cancel", buyer, null).status()).isEqualTo(400);
        Response cancelled = post(path + "/cancel", buyer, "{\"reason\": \"Besoin abandonné\"}");
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(post(path + "/cancel", buyer, "{\"reason\": \"again\"}").status()).isEqualTo(409);
    }

    @Test
    void published_tenders_close_once_their_deadline_has_passed() {
        Tender due = storeForAnotherBody(TenderStatus.PUBLISHED, Instant.now().minusSeconds(5));
        Tender open = storeForAnotherBody(TenderStatus.PUBLISHED, Instant.now().plus(Duration.ofDays(3)));

        service.closeTendersPastDeadline(); // what the scheduled job runs (it may have run already)

        assertThat(api.get("/api/v1/tenders/" + due.id(), null).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get("/api/v1/tenders/" + open.id(), null).json().get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void unknown_routes_and_methods_are_denied() {
        assertThat(api.send("DELETE", "/api/v1/tenders/x", buyer, null, null).status()).isIn(403, 405);
        assertThat(api.get("/api/v1/tenders/x/bids", buyer).status()).isIn(403, 404);
    }
}
