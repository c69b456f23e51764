package org.essmarket.consortium.consortium;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.essmarket.consortium.consortium.application.ConsortiumNotifier;
import org.essmarket.consortium.consortium.application.JointBidRelay;
import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.persistence.ConsortiumStore;
import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.PartnerServices;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import tools.jackson.databind.JsonNode;

/**
 * Groupements through the API with real tokens on the MongoDB stand-in. supplier-, tender- and
 * search-service are played by WireMock, answering as those services do (their JSON) and injecting
 * their faults: slow beyond the timeouts, 5xx, connection reset, and a bid recorded although its
 * request timed out. The relays run when a test says so (their schedule is set to an hour).
 * Lot 1 is reserved INSERTION (L2113-13), lot 2 open.
 */
@ServiceIntegrationTest
class GroupementsIT {

    private static final WireMockServer partners = PartnerServices.start();

    @DynamicPropertySource
    static void partnerServices(DynamicPropertyRegistry registry) {
        PartnerServices.standFor(partners, registry, "supplier-service", "tender-service", "search-service");
        registry.add("essmarket.consortia.submission-retry-interval", () -> "1h");
        registry.add("essmarket.consortia.notification-interval", () -> "1h");
        // Each test injects its own faults: the breaker must not carry one test's faults into the next.
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "100");
    }

    @AfterAll
    static void stopPartners() {
        partners.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JointBidRelay relay;

    @Autowired
    ConsortiumNotifier notifier;

    @Autowired
    ConsortiumStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CircuitBreakerRegistry breakers;

    private ApiClient api;
    private final String lead = Tokens.forUser(DemoUsers.SUPPLIER);
    private final String other = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
    private final String buyer = Tokens.forUser(DemoUsers.BUYER);

    private String tenderId;
    private String insertion;
    private String scop;
    private String esat;

    @BeforeEach
    void partnersAnswer() {
        api = new ApiClient(port);
        partners.resetAll();
        // A window of 10 calls holds more than one test's faults: each test starts with closed breakers.
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        String run = UUID.randomUUID().toString().substring(0, 8);
        tenderId = "t-" + run;
        tender(tenderId, "PUBLISHED", Instant.now().plus(Duration.ofDays(10)), true);
        // The lead's user acts for the EI and the ESAT; the other user for the SCOP.
        insertion = supplier("ei-" + run, "Envie Rhône", "VERIFIED", "EI", Tokens.subjectOf(lead));
        scop = supplier("scop-" + run, "SCOP Elits", "VERIFIED", "SCOP", Tokens.subjectOf(other));
        esat = supplier("esat-" + run, "ESAT Les Ateliers", "VERIFIED", "ESAT", Tokens.subjectOf(lead));
        actsFor(lead, insertion, esat);
        actsFor(other, scop);
        partners.stubFor(get(urlPathMatching("/internal/tenders/.*/bidders")).willReturn(okJson("[]")));
        partners.stubFor(post(urlEqualTo("/internal/notifications")).willReturn(okJson("{\"delivered\": 1}")));
    }

    /** As tender-service's GET /api/v1/tenders/{id} answers. */
    private static void tender(String id, String status, Instant deadline, boolean forbid) {
        partners.stubFor(get(urlEqualTo("/api/v1/tenders/" + id)).willReturn(okJson("""
                {"id": "%s", "buyerSiret": "21690123100011", "status": "%s", "title": "Entretien des parcs",
                 "kind": "TENDER", "procedure": "OPEN", "estimatedValue": 250000, "currency": "EUR",
                 "place": {"scope": "DEPARTMENTS", "departmentCodes": ["69"]}, "cpvCodes": ["77310000"],
                 "deadline": "%s", "consortiumPolicy": {"forbidAloneAndInGroupement": %s, "forbidSeveralGroupements": %s},
                 "lotLimits": {}, "lots": [
                   {"number": 1, "title": "Espaces verts", "cpv": "77310000", "estimatedValue": 150000, "currency": "EUR",
                    "reservation": "INSERTION", "reservationArticle": "L2113-13", "reservationNotice": "Marché réservé"},
                   {"number": 2, "title": "Nettoyage", "cpv": "90910000", "reservation": "NONE"}],
                 "createdAt": "2026-01-01T00:00:00Z", "publishedAt": "2026-01-02T00:00:00Z", "version": 3}"""
                .formatted(id, status, deadline, forbid, forbid))));
    }

    /** As supplier-service's GET /internal/suppliers/{id}/tenderer answers. */
    private static String supplier(String id, String name, String status, String kind, String member) {
        partners.stubFor(get(urlEqualTo("/internal/suppliers/" + id + "/tenderer")).willReturn(okJson("""
                {"id": "%s", "siret": "38367939600028", "legalName": "%s", "status": "%s", "kinds": ["%s"],
                 "department": "69", "memberIds": ["%s"]}""".formatted(id, name, status, kind, member))));
        return id;
    }

    /** As supplier-service's GET /internal/users/{userId}/suppliers answers: the structures a user acts for now. */
    private static void actsFor(String token, String... supplierIds) {
        String ids = String.join("\", \"", supplierIds);
        partners.stubFor(get(urlEqualTo("/internal/users/" + Tokens.subjectOf(token) + "/suppliers"))
                .willReturn(okJson("{\"supplierIds\": [" + (ids.isEmpty() ? "" : "\"" + ids + "\"") + "]}")));
    }

    private Response create(String leadSupplier, String lots) {
        return api.send("POST", "/api/v1/consortia", lead, """
                {"tenderId": "%s", "lots": %s, "form": "CONJOINT_WITH_JOINTLY_LIABLE_LEAD", "leadSupplierId": "%s",
                 "leadLots": [1], "leadWork": "Tonte et taille", "leadShare": 50}""".formatted(tenderId, lots, leadSupplier), null);
    }

    private Response write(String method, String path, String token, String body, Response after) {
        return api.send(method, path, token, body, after.header("ETag"));
    }

    private Response invite(String id, String supplierId, String lots, String share, Response after) {
        return write("POST", "/api/v1/consortia/" + id + "/members", lead, """
                {"supplierId": "%s", "role": "MEMBER", "lots": %s, "work": "Nettoyage des locaux", "share": %s}"""
                .formatted(supplierId, lots, share), after);
    }

    private Response accept(String id, String supplierId, String token, Response after) {
        return write("POST", "/api/v1/consortia/" + id + "/members/" + supplierId + "/answer", token,
                "{\"accept\": true, \"grantHabilitation\": true}", after);
    }

    /** The EI leads lot 1 (50 %), the SCOP performs lot 2 (30 %), the ESAT helps on lot 2 (20 %): ready to bid. */
    private Response readyGroupement() {
        Response created = create(insertion, "[1, 2]");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Response invited = invite(id, esat, "[2]", "20", invite(id, scop, "[2]", "30", created));
        return accept(id, esat, lead, accept(id, scop, other, invited));
    }

    private Response submit(Response ready) {
        return write("POST", "/api/v1/consortia/" + id(ready) + "/submit", lead,
                "{\"offers\": [{\"lotNumber\": 1, \"amount\": 90000}, {\"lotNumber\": 2, \"amount\": 40000.50}]}", ready);
    }

    private static String id(Response response) {
        return response.json().get("id").asString();
    }

    private Response read(String id, String token) {
        return api.get("/api/v1/consortia/" + id, token);
    }

    private static String bidRecorded(String bidId) {
        return "{\"id\": \"" + bidId + "\", \"tenderId\": \"t\", \"consortiumId\": \"c\", \"status\": \"PENDING\"}";
    }

    @Test
    void a_lead_forms_a_groupement_its_members_accept_and_the_joint_bid_is_recorded_once_with_every_tenderer() {
        Response created = create(insertion, "[1, 2]");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/consortia/" + id(created));
        assertThat(created.json().get("status").asString()).isEqualTo("FORMING");
        assertThat(created.json().at("/members/0/role").asString()).isEqualTo("LEAD");
        assertThat(created.json().get("uncoveredLots").toString()).isEqualTo("[2]");
        String id = id(created);

        Response invited = invite(id, esat, "[2]", "20", invite(id, scop, "[2]", "30", created));
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        assertThat(read(id, other).status()).as("the invited SCOP's member sees it to answer").isEqualTo(200);
        Response ready = accept(id, esat, lead, accept(id, scop, other, invited));
        assertThat(ready.json().findValuesAsString("status")).contains("ACCEPTED");
        assertThat(ready.json().get("uncoveredLots")).isEmpty();

        partners.stubFor(post(urlEqualTo("/api/v1/tenders/" + tenderId + "/bids"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(bidRecorded("bid-1"))));
        Response submitted = submit(ready);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().at("/submission/bidId").asString()).isEqualTo("bid-1");

        var sent = partners.findAll(postRequestedFor(urlEqualTo("/api/v1/tenders/" + tenderId + "/bids")));
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Idempotency-Key")).isEqualTo(id + "-1");
            assertThat(request.getHeader("Authorization")).as("consortium-service's own token").startsWith("Bearer ");
            JsonNode bid = ApiClient.JSON.readTree(request.getBodyAsString());
            assertThat(bid.get("consortiumId").asString()).isEqualTo(id);
            assertThat(bid.get("members").findValuesAsString("supplierId")).containsExactly(insertion, scop, esat);
            assertThat(bid.get("members").findValuesAsString("role")).containsExactly("LEAD", "MEMBER", "MEMBER");
            assertThat(bid.at("/offers/1/amount").decimalValue()).isEqualByComparingTo("40000.50");
        });
        assertThat(api.get("/api/v1/consortia", other).json().get("content").findValuesAsString("id")).contains(id);

        Response frozen = invite(id, supplier("x-" + id, "Autre", "VERIFIED", "EI", "u"), "[2]", "1", submitted);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().get("rule").asString()).isEqualTo("R2142-26");
    }

    @Test
    void the_list_of_groupements_says_which_of_my_suppliers_lead_and_which_are_invited() {
        Response created = create(insertion, "[1, 2]");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = id(created);
        Response invited = invite(id, scop, "[2]", "30", created);
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);

        JsonNode asLead = line(api.get("/api/v1/consortia", lead).json(), id);
        assertThat(asLead.get("mine").findValuesAsString("supplierId")).containsExactly(insertion);
        assertThat(asLead.at("/mine/0/role").asString()).isEqualTo("LEAD");
        JsonNode asInvited = line(api.get("/api/v1/consortia", other).json(), id);
        assertThat(asInvited.at("/mine/0/supplierId").asString()).isEqualTo(scop);
        assertThat(asInvited.at("/mine/0/role").asString()).isEqualTo("MEMBER");
        assertThat(asInvited.at("/mine/0/status").asString()).isEqualTo("INVITED");
    }

    private static JsonNode line(JsonNode page, String id) {
        for (JsonNode line : page.get("content")) {
            if (line.get("id").asString().equals(id)) {
                return line;
            }
        }
        throw new AssertionError("groupement " + id + " not listed in " + page);
    }

    @Test
    void an_id_that_would_address_something_else_is_refused_naming_its_field_and_never_sent_on() {
        // Were it sent on, tender-service would be asked for one of its bids as if it were the tender.
        String bidAddress = tenderId + "/bids/b1";
        tender(bidAddress, "PUBLISHED", Instant.now().plus(Duration.ofDays(10)), false);
        Response created = api.send("POST", "/api/v1/consortia", lead, """
                {"tenderId": "%s", "lots": [1], "form": "CONJOINT_WITH_JOINTLY_LIABLE_LEAD", "leadSupplierId": "%s",
                 "leadLots": [1], "leadShare": 100}""".formatted(bidAddress, insertion), null);

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.header("Content-Type")).startsWith("application/problem+json");
        assertThat(created.json().at("/errors/0/field").asString()).isEqualTo("tenderId");
        Response groupement = create(insertion, "[1, 2]");
        Response invited = invite(id(groupement), scop + "/../" + esat, "[2]", "30", groupement);
        assertThat(invited.status()).isEqualTo(400);
        assertThat(invited.json().at("/errors/0/field").asString()).isEqualTo("supplierId");
        partners.verify(0, getRequestedFor(urlPathMatching(".*/bids/.*|.*/\\.\\./.*")));
    }

    @Test
    void a_supplier_leads_only_one_groupement_for_a_tender_R2142_23() {
        assertThat(create(insertion, "[1]").status()).isEqualTo(201);
        Response second = create(insertion, "[1, 2]");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.json().get("rule").asString()).isEqualTo("R2142-23");
        assertThat(second.json().get("detail").asString()).contains("R2142-23");
    }

    @Test
    void a_page_of_groupements_or_messages_larger_than_100_is_refused_naming_size() {
        String id = id(create(insertion, "[1, 2]"));
        for (String path : new String[] { "/api/v1/consortia?size=101", "/api/v1/consortia/" + id + "/messages?size=101",
                "/api/v1/consortia?size=100000" }) {
            Response response = api.get(path, lead);
            assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(400);
            assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("size");
        }
        assertThat(api.get("/api/v1/consortia?size=100", lead).json().get("content").findValuesAsString("id"))
                .contains(id);
        assertThat(api.get("/api/v1/consortia/" + id + "/messages?size=100", lead).status()).isEqualTo(200);
    }

    @Test
    void only_the_lead_manages_only_the_invited_answer_and_outsiders_see_nothing() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        assertThat(read(id, other).status()).as("not a member: nothing to see").isEqualTo(404);
        assertThat(read(id, buyer).status()).isEqualTo(403);
        assertThat(invite(id, scop, "[2]", "30", created).status()).isEqualTo(200);
        Response current = read(id, lead);

        Response byMember = write("POST", "/api/v1/consortia/" + id + "/members", other,
                "{\"supplierId\": \"" + esat + "\", \"role\": \"MEMBER\", \"lots\": [2]}", current);
        assertThat(byMember.status()).as("the SCOP does not manage the groupement").isEqualTo(403);
        assertThat(accept(id, scop, lead, current).status()).as("the lead does not answer for the SCOP").isEqualTo(403);
        Response sharesOfOthers = write("PUT", "/api/v1/consortia/" + id + "/members/" + insertion, other,
                "{\"share\": 1}", current);
        assertThat(sharesOfOthers.status()).isEqualTo(403);

        Response crafted = write("POST", "/api/v1/consortia/" + id + "/members/" + scop + "/answer", other, """
                {"accept": true, "grantHabilitation": true, "status": "SUBMITTED", "share": 99, "role": "LEAD",
                 "leadSupplierId": "%s", "version": 42}""".formatted(scop), current);
        assertThat(crafted.status()).isEqualTo(200);
        assertThat(crafted.json().get("status").asString()).isEqualTo("FORMING");
        assertThat(crafted.json().at("/members/0/role").asString()).isEqualTo("LEAD");
        assertThat(crafted.json().at("/members/0/supplierId").asString()).isEqualTo(insertion);
        assertThat(crafted.json().at("/members/1/share").decimalValue()).isEqualByComparingTo("30");

        assertThat(api.send("POST", "/api/v1/consortia/" + id + "/lead", lead, "{\"supplierId\": \"" + scop + "\"}", null)
                .status()).as("a write names the version it changes").isEqualTo(428);
        assertThat(api.send("POST", "/api/v1/consortia/" + id + "/lead", lead, "{\"supplierId\": \"" + scop + "\"}", "\"0\"")
                .status()).isEqualTo(412);
    }

    @Test
    void a_user_removed_from_a_member_can_no_longer_manage_the_groupement() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        Response invited = invite(id, scop, "[2]", "30", created);
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);

        // supplier-service: the lead's user leaves the EI (the mandataire) and the SCOP's user joins it.
        supplier(insertion, "Envie Rhône", "VERIFIED", "EI", Tokens.subjectOf(other));
        actsFor(lead, esat);
        actsFor(other, scop, insertion);

        assertThat(invite(id, esat, "[2]", "20", invited).status()).as("no longer manages it").isEqualTo(404);
        assertThat(read(id, lead).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/consortia/" + id + "/messages", lead).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/consortia", lead).json().get("content").findValuesAsString("id")).doesNotContain(id);

        Response byNewUser = write("POST", "/api/v1/consortia/" + id + "/members", other, """
                {"supplierId": "%s", "role": "MEMBER", "lots": [2], "work": "Nettoyage", "share": 20}""".formatted(esat),
                invited);
        assertThat(byNewUser.status()).as("the user now acting for the mandataire manages it").isEqualTo(200);
        JsonNode line = line(api.get("/api/v1/consortia", other).json(), id);
        assertThat(line.get("mine").findValuesAsString("supplierId")).containsExactlyInAnyOrder(insertion, scop);
    }

    @Test
    void a_user_removed_from_an_invited_supplier_can_no_longer_answer_for_it() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        Response invited = invite(id, scop, "[2]", "30", created);

        actsFor(other);
        supplier(scop, "SCOP Elits", "VERIFIED", "SCOP", "someone-else");

        assertThat(read(id, other).status()).isEqualTo(404);
        assertThat(accept(id, scop, other, invited).status()).isEqualTo(404);
        assertThat(read(id, lead).json().at("/members/1/status").asString()).isEqualTo("INVITED");
    }

    @Test
    void when_supplier_service_is_down_the_workspace_answers_503_and_changes_nothing() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        partners.stubFor(get(urlPathMatching("/internal/users/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        for (Response refused : List.of(read(id, lead), api.get("/api/v1/consortia", lead),
                invite(id, scop, "[2]", "30", created))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(store.findById(id).orElseThrow().members()).hasSize(1);
    }

    @Test
    void an_invited_supplier_sees_only_its_invitation_and_the_lead_withdraws_it_while_forming() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        Response esatIn = accept(id, esat, lead, invite(id, esat, "[2]", "50", created));
        Response scopInvited = write("POST", "/api/v1/consortia/" + id + "/members", lead, """
                {"supplierId": "%s", "role": "SUBCONTRACTOR", "work": "Vitrerie"}""".formatted(scop), esatIn);
        assertThat(scopInvited.status()).as(scopInvited.body()).isEqualTo(200);
        api.send("POST", "/api/v1/consortia/" + id + "/messages", lead, "{\"text\": \"Notre prix : 90 000 €\"}", null);
        partners.stubFor(post(urlEqualTo("/api/v1/tenders/" + tenderId + "/bids"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(bidRecorded("bid-9"))));
        Response submitted = submit(scopInvited);
        assertThat(submitted.json().get("status").asString()).as(submitted.body()).isEqualTo("SUBMITTED");

        Response invitation = read(id, other);
        assertThat(invitation.status()).as("the invitee sees what it is invited to").isEqualTo(200);
        assertThat(invitation.json().get("tenderId").asString()).isEqualTo(tenderId);
        assertThat(invitation.json().get("members").findValuesAsString("supplierId")).containsExactly(insertion, scop);
        assertThat(invitation.json().has("submission")).as("no amounts").isFalse();
        assertThat(invitation.body()).doesNotContain("90000").doesNotContain(esat);
        assertThat(api.get("/api/v1/consortia/" + id + "/messages", other).status()).as("no messages").isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/consortia/" + id + "/messages", other, "{\"text\": \"?\"}", null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/consortia/" + id + "/change-requests", other).status()).isEqualTo(404);
        assertThat(read(id, lead).json().at("/submission/offers/0/amount").decimalValue())
                .as("members still see everything").isEqualByComparingTo("90000");

        Response frozen = write("POST", "/api/v1/consortia/" + id + "/members/" + scop + "/withdraw-invitation", lead,
                null, submitted);
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(409);
        assertThat(frozen.json().get("rule").asString()).isEqualTo("R2142-26");
    }

    @Test
    void the_lead_withdraws_an_invitation_while_forming_and_the_invitee_no_longer_sees_the_groupement() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        Response invited = invite(id, scop, "[2]", "30", created);
        String withdrawPath = "/api/v1/consortia/" + id + "/members/" + scop + "/withdraw-invitation";

        assertThat(write("POST", withdrawPath, other, null, invited).status()).as("only the lead withdraws").isEqualTo(403);
        assertThat(api.send("POST", withdrawPath, lead, null, null).status()).as("If-Match like every write").isEqualTo(428);
        Response withdrawn = write("POST", withdrawPath, lead, null, invited);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("members").findValuesAsString("supplierId")).containsExactly(insertion);
        assertThat(read(id, other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/consortia", other).json().get("content").findValuesAsString("id")).doesNotContain(id);
        assertThat(accept(id, scop, other, withdrawn).status()).as("nothing left to accept").isEqualTo(404);

        Response again = write("POST", withdrawPath, lead, null, withdrawn);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("invitation");
        assertThat(invite(id, scop, "[2]", "30", withdrawn).status()).as("the lead may invite it again").isEqualTo(200);
    }

    @Test
    void bad_shares_and_uncovered_lots_name_what_is_missing() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        Response tooMuch = invite(id, scop, "[2]", "60", created);
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().at("/errors/0/field").asString()).isEqualTo("share");
        assertThat(tooMuch.json().get("detail").asString()).contains("110 %");

        Response ineligible = invite(id, scop, "[1]", "10", created);
        assertThat(ineligible.status()).isEqualTo(409);
        assertThat(ineligible.json().get("rule").asString()).isEqualTo("L2113-13");

        Response accepted = accept(id, scop, other, invite(id, scop, "[]", "30", created));
        Response uncovered = submit(accepted);
        assertThat(uncovered.status()).isEqualTo(409);
        assertThat(uncovered.json().get("rule").asString()).isEqualTo("shares");
        assertThat(uncovered.json().get("detail").asString()).contains("80 %: 20 % missing");
        Response hundred = write("PUT", "/api/v1/consortia/" + id + "/members/" + insertion, lead, "{\"share\": 70}", accepted);
        Response lot2 = submit(hundred);
        assertThat(lot2.json().get("rule").asString()).isEqualTo("lot coverage");
        assertThat(lot2.json().get("detail").asString()).contains("[2]");
    }

    @Test
    void accepting_is_refused_where_the_tender_forbids_bidding_alone_and_in_a_groupement_R2142_21() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        partners.stubFor(get(urlPathEqualTo("/internal/tenders/" + tenderId + "/bidders"))
                .withQueryParam("supplierId", equalTo(scop))
                .willReturn(okJson("[{\"bidId\": \"b-9\", \"role\": \"SOLE\", \"lots\": [2]}]")));
        Response refused = accept(id, scop, other, invite(id, scop, "[2]", "30", created));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("R2142-21");
        assertThat(refused.json().get("detail").asString()).contains("alone");
    }

    @Test
    void a_bid_recorded_although_its_request_timed_out_is_the_bid_the_retry_gets_exactly_once() {
        Response ready = readyGroupement();
        String id = id(ready);
        String bids = "/api/v1/tenders/" + tenderId + "/bids";
        partners.stubFor(post(urlEqualTo(bids)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(bidRecorded("bid-7")).withFixedDelay(2500))
                .willSetStateTo("recorded"));
        partners.stubFor(post(urlEqualTo(bids)).inScenario("slow").whenScenarioStateIs("recorded")
                .withHeader("Idempotency-Key", equalTo(id + "-1"))
                .willReturn(okJson(bidRecorded("bid-7"))));

        Response pending = submit(ready);
        // 202, not 201: the configured timeout cut the wait for tender-service's slow answer.
        assertThat(pending.status()).as(pending.body()).isEqualTo(202);
        assertThat(pending.json().get("status").asString()).isEqualTo("SUBMITTING");
        Response frozen = write("PUT", "/api/v1/consortia/" + id + "/members/" + scop, lead, "{\"share\": 10}", pending);
        assertThat(frozen.json().get("rule").asString()).isEqualTo("R2142-26");

        relay.retrySubmissions();

        JsonNode groupement = read(id, lead).json();
        assertThat(groupement.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(groupement.at("/submission/bidId").asString()).isEqualTo("bid-7");
        assertThat(partners.findAll(postRequestedFor(urlEqualTo(bids))))
                .extracting(request -> request.getHeader("Idempotency-Key")).containsExactly(id + "-1", id + "-1");
        relay.retrySubmissions();
        assertThat(partners.findAll(postRequestedFor(urlEqualTo(bids)))).as("nothing more once recorded").hasSize(2);
    }

    @Test
    void while_tender_service_fails_or_resets_the_groupement_stays_submitting_and_is_retried_with_the_same_key() {
        Response ready = readyGroupement();
        String id = id(ready);
        String bids = "/api/v1/tenders/" + tenderId + "/bids";
        partners.stubFor(post(urlEqualTo(bids)).willReturn(aResponse().withStatus(503)));
        Response pending = submit(ready);
        assertThat(pending.status()).isEqualTo(202);

        partners.stubFor(post(urlEqualTo(bids)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        relay.retrySubmissions();
        assertThat(read(id, lead).json().get("status").asString()).isEqualTo("SUBMITTING");

        recordedOnRetry(id, "bid-3", 3);
    }

    @Test
    void a_bid_tender_service_refuses_brings_the_groupement_back_to_forming_with_the_rule_and_a_new_key() {
        Response ready = readyGroupement();
        String id = id(ready);
        String bids = "/api/v1/tenders/" + tenderId + "/bids";
        partners.stubFor(post(urlEqualTo(bids)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "about:blank", "title": "Conflict", "status": 409, "rule": "R2142-21",
                         "detail": "SCOP Elits already bids on lot 2 alone (R2142-21)"}""")));
        Response refused = submit(ready);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("R2142-21");
        Response forming = read(id, lead);
        assertThat(forming.json().get("status").asString()).isEqualTo("FORMING");
        assertThat(forming.json().at("/submission/refusedRule").asString()).isEqualTo("R2142-21");

        partners.stubFor(post(urlEqualTo(bids)).willReturn(okJson(bidRecorded("bid-2"))));
        assertThat(submit(forming).status()).isEqualTo(200);
        assertThat(partners.findAll(postRequestedFor(urlEqualTo(bids)))).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsExactly(id + "-1", id + "-2");
    }

    @Test
    void after_the_deadline_tender_service_is_asked_again_with_the_same_key_and_only_its_refusal_expires_the_groupement() {
        String id = id(submitUnconfirmed());
        String bids = "/api/v1/tenders/" + tenderId + "/bids";
        deadlinePassed(id);

        relay.retrySubmissions();
        assertThat(read(id, lead).json().get("status").asString()).as("no answer yet: the bid may stand")
                .isEqualTo("SUBMITTING");

        partners.stubFor(post(urlEqualTo(bids)).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "about:blank", "title": "Conflict", "status": 409, "tenderStatus": "CLOSED",
                         "detail": "The deadline 2026-01-01T00:00:00Z has passed: no bid is accepted after it"}""")));
        relay.retrySubmissions();
        JsonNode expired = read(id, lead).json();
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(expired.at("/submission/refusal").asString()).contains("deadline");
        assertThat(partners.findAll(postRequestedFor(urlEqualTo(bids))))
                .extracting(request -> request.getHeader("Idempotency-Key")).containsOnly(id + "-1").hasSize(3);
        notifier.sendNotices();
        String told = partners.findAll(postRequestedFor(urlEqualTo("/internal/notifications"))).getLast().getBodyAsString();
        assertThat(told).contains("n'a pas pu être déposée", Tokens.subjectOf(other), "CONSORTIUM_CHANGE");
    }

    @Test
    void a_bid_recorded_although_its_answer_was_lost_stands_after_the_deadline_instead_of_expiring() {
        String id = id(submitUnconfirmed());
        String bids = "/api/v1/tenders/" + tenderId + "/bids";
        deadlinePassed(id);
        // tender-service replays the bid it recorded for this key, deadline or not.
        partners.stubFor(post(urlEqualTo(bids)).withHeader("Idempotency-Key", equalTo(id + "-1"))
                .willReturn(okJson(bidRecorded("bid-8"))));

        relay.retrySubmissions();
        JsonNode groupement = read(id, lead).json();
        assertThat(groupement.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(groupement.at("/submission/bidId").asString()).isEqualTo("bid-8");
    }

    @Test
    void a_retry_tender_service_does_not_take_is_no_refusal_and_the_groupement_keeps_its_key_until_recorded() {
        String id = id(submitUnconfirmed());
        String bids = "/api/v1/tenders/" + tenderId + "/bids";

        for (int status : new int[] {401, 403, 400, 413}) {
            partners.stubFor(post(urlEqualTo(bids)).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"status\": " + status + ", \"detail\": \"not taken\"}")));
            relay.retrySubmissions();
            assertThat(read(id, lead).json().get("status").asString()).as("after a %d", status).isEqualTo("SUBMITTING");
        }
        recordedOnRetry(id, "bid-4", 6);
    }

    @Test
    void a_first_send_tender_service_does_not_take_returns_the_groupement_to_the_lead() {
        Response ready = readyGroupement();
        String id = id(ready);
        partners.stubFor(post(urlEqualTo("/api/v1/tenders/" + tenderId + "/bids")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status": 400, "detail": "No supplier x", "errors": [{"field": "members[1].supplierId"}]}""")));
        Response refused = submit(ready);
        assertThat(refused.status()).as("nothing stands under a key sent once and not taken").isEqualTo(409);
        assertThat(read(id, lead).json().get("status").asString()).isEqualTo("FORMING");
    }

    @Test
    void the_joint_bid_relay_takes_the_longest_waiting_submissions_first() {
        String first = id(submitUnconfirmed());
        tenderId = tenderId + "-next";
        tender(tenderId, "PUBLISHED", Instant.now().plus(Duration.ofDays(10)), true);
        String second = id(submitUnconfirmed());
        // Stored first, the first one comes first unsorted: make it the one that has waited less.
        submittedAt(first, Instant.parse("2000-01-01T00:00:01Z"));
        submittedAt(second, Instant.parse("2000-01-01T00:00:00Z"));

        assertThat(store.submittingOldestFirst(2)).extracting(Consortium::id).containsExactly(second, first);
    }

    /** tender-service records the bid at last: the next retry confirms it, every send having carried the first key. */
    private void recordedOnRetry(String id, String bidId, int sends) {
        String bids = "/api/v1/tenders/" + tenderId + "/bids";
        partners.stubFor(post(urlEqualTo(bids)).willReturn(okJson(bidRecorded(bidId))));
        relay.retrySubmissions();
        assertThat(read(id, lead).json().at("/submission/bidId").asString()).isEqualTo(bidId);
        assertThat(partners.findAll(postRequestedFor(urlEqualTo(bids))))
                .extracting(request -> request.getHeader("Idempotency-Key")).containsOnly(id + "-1").hasSize(sends);
    }

    private Response submitUnconfirmed() {
        partners.stubFor(post(urlEqualTo("/api/v1/tenders/" + tenderId + "/bids")).willReturn(aResponse().withStatus(502)));
        Response ready = readyGroupement();
        Response pending = submit(ready);
        assertThat(pending.status()).isEqualTo(202);
        return pending;
    }

    private void deadlinePassed(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                Update.update("tender.deadline", Instant.now().minusSeconds(1)), "consortia");
    }

    private void submittedAt(String id, Instant when) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("submission.submittedAt", when),
                "consortia");
    }

    @Test
    void invitations_wait_while_search_service_is_down_and_are_delivered_once_it_is_back() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        Response invited = invite(id, scop, "[2]", "30", created);
        partners.stubFor(post(urlEqualTo("/internal/notifications")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        notifier.sendNotices();
        assertThat(store.findById(id).orElseThrow().notices()).as("still pending").hasSize(1);

        partners.stubFor(post(urlEqualTo("/internal/notifications")).willReturn(okJson("{\"delivered\": 1}")));
        notifier.sendNotices();
        assertThat(store.findById(id).orElseThrow().notices()).as("delivered").isEmpty();
        JsonNode delivered = ApiClient.JSON.readTree(partners.findAll(postRequestedFor(urlEqualTo("/internal/notifications")))
                .getLast().getBodyAsString());
        assertThat(delivered.at("/0/recipientUserId").asString()).isEqualTo(Tokens.subjectOf(other));
        assertThat(delivered.at("/0/kind").asString()).isEqualTo("CONSORTIUM_INVITATION");
        assertThat(delivered.at("/0/link").asString()).isEqualTo("/api/v1/consortia/" + id);
        assertThat(read(id, lead).header("ETag")).as("delivery does not make members' ETags stale")
                .isEqualTo(invited.header("ETag"));
    }

    @Test
    void partners_are_suggested_for_uncovered_lots_and_the_workspace_works_without_search() {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        partners.stubFor(get(urlPathEqualTo("/api/v1/search/suppliers")).withQueryParam("cpvPrefix", equalTo("909"))
                .willReturn(okJson("""
                        {"content": [
                          {"id": "%s", "siret": "1", "legalName": "ESAT Les Ateliers", "kinds": ["ESAT"], "department": "69",
                           "region": "84", "cpvCodes": ["90910000"],
                           "activities": [{"cpvCodes": ["90910000"], "serviceTypes": ["SERVICE"], "range": {"kind": "RADIUS", "radiusKm": 30}}]},
                          {"id": "far", "legalName": "Loin", "kinds": ["EI"], "department": "13", "region": "93",
                           "activities": [{"cpvCodes": ["90911000"], "range": {"kind": "ZONES", "departments": ["13"]}}]},
                          {"id": "%s", "legalName": "Envie Rhône", "kinds": ["EI"], "department": "69",
                           "activities": [{"cpvCodes": ["90910000"], "range": {"kind": "COUNTRY"}}]}],
                         "page": 0, "size": 50, "totalElements": 3, "totalPages": 1, "facets": {}}""".formatted(esat, insertion))));

        JsonNode suggestions = api.get("/api/v1/consortia/" + id + "/suggestions", lead).json();
        assertThat(suggestions.get("available").asBoolean()).isTrue();
        assertThat(suggestions.at("/lots/0/lotNumber").asInt()).isEqualTo(2);
        assertThat(suggestions.at("/lots/0/suggestions").findValuesAsString("supplierId")).containsExactly(esat);

        partners.stubFor(get(urlPathEqualTo("/api/v1/search/suppliers")).willReturn(aResponse().withStatus(503)));
        JsonNode unavailable = api.get("/api/v1/consortia/" + id + "/suggestions", lead).json();
        assertThat(unavailable.get("available").asBoolean()).isFalse();
        Response message = api.send("POST", "/api/v1/consortia/" + id + "/messages", lead, "{\"text\": \"Bonjour !\"}", null);
        assertThat(message.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/consortia/" + id + "/messages", lead).json().at("/content/0/text").asString())
                .isEqualTo("Bonjour !");
        assertThat(api.get("/api/v1/consortia/" + id + "/messages", other).status()).isEqualTo(404);
    }

    @Test
    void two_members_accepting_while_the_lead_edits_shares_lose_no_update() throws Exception {
        Response created = create(insertion, "[1, 2]");
        String id = id(created);
        Response invited = invite(id, esat, "[2]", "20", invite(id, scop, "[2]", "30", created));
        String path = "/api/v1/consortia/" + id + "/members/";
        List<Callable<Response>> writers = List.of(
                () -> api.send("POST", path + scop + "/answer", other, "{\"accept\": true, \"grantHabilitation\": true}", invited.header("ETag")),
                () -> api.send("POST", path + esat + "/answer", lead, "{\"accept\": true, \"grantHabilitation\": true}", invited.header("ETag")),
                () -> api.send("PUT", path + insertion, lead, "{\"share\": 50}", invited.header("ETag")));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Response> first = new ArrayList<>();
        for (Future<Response> answer : pool.invokeAll(writers)) {
            first.add(answer.get());
        }
        assertThat(first).extracting(Response::status).containsOnly(200, 412);
        assertThat(first).filteredOn(r -> r.status() == 200).as("one write per version").hasSize(1);

        // Whoever got 412 reads again and retries: every change lands.
        List<Callable<Response>> retries = new ArrayList<>();
        for (int i = 0; i < writers.size(); i++) {
            if (first.get(i).status() == 412) {
                int writer = i;
                retries.add(() -> retryUntilDone(writer, id, path));
            }
        }
        for (Future<Response> answer : pool.invokeAll(retries)) {
            assertThat(answer.get().status()).isEqualTo(200);
        }
        pool.shutdown();
        JsonNode groupement = read(id, lead).json();
        assertThat(groupement.get("members").findValuesAsString("status")).containsOnly("ACCEPTED");
        assertThat(groupement.at("/members/0/share").decimalValue()).isEqualByComparingTo("50");
        assertThat(groupement.get("version").asLong()).isEqualTo(created.json().get("version").asLong() + 5);
    }

    private Response retryUntilDone(int writer, String id, String path) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String etag = read(id, lead).header("ETag");
            Response response = switch (writer) {
                case 0 -> api.send("POST", path + scop + "/answer", other, "{\"accept\": true, \"grantHabilitation\": true}", etag);
                case 1 -> api.send("POST", path + esat + "/answer", lead, "{\"accept\": true, \"grantHabilitation\": true}", etag);
                default -> api.send("PUT", path + insertion, lead, "{\"share\": 50}", etag);
            };
            if (response.status() != 412) {
                return response;
            }
        }
        throw new AssertionError("never got through");
    }

    @Test
    void after_submission_the_tender_buyer_decides_a_change_request_R2142_26() {
        Response ready = readyGroupement();
        String id = id(ready);
        partners.stubFor(post(urlEqualTo("/api/v1/tenders/" + tenderId + "/bids")).willReturn(okJson(bidRecorded("bid-5"))));
        Response submitted = submit(ready);
        Response requested = write("POST", "/api/v1/consortia/" + id + "/change-requests", lead, """
                {"type": "INCAPACITY", "reason": "Liquidation judiciaire de l'ESAT", "leavingSupplierId": "%s",
                 "newShares": {"%s": 50, "%s": 50}}""".formatted(esat, insertion, scop), submitted);
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);

        assertThat(api.get("/api/v1/consortia/" + id + "/change-requests", other).status()).isEqualTo(200);
        Response seen = api.get("/api/v1/consortia/" + id + "/change-requests", buyer);
        assertThat(seen.status()).as("the buyer body of the tender reads them").isEqualTo(200);
        String requestId = seen.json().at("/0/id").asString();
        Response decided = write("POST", "/api/v1/consortia/" + id + "/change-requests/" + requestId + "/decision", buyer,
                "{\"approve\": true, \"comment\": \"Accord\"}", seen);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().at("/0/status").asString()).isEqualTo("APPROVED");
        assertThat(read(id, lead).json().at("/members/2/status").asString()).isEqualTo("LEFT");
        assertThat(read(id, buyer).status()).as("the buyer sees the change requests, not the workspace").isEqualTo(403);
        assertThat(write("POST", "/api/v1/consortia/" + id + "/change-requests/x/decision", lead, "{\"approve\": true}",
                submitted).status()).as("suppliers do not decide").isEqualTo(403);
    }

    @Test
    void a_member_leaving_through_an_approved_change_is_taken_off_the_bid_in_tender_service_R2142_26() {
        Response ready = readyGroupement();
        String id = id(ready);
        partners.stubFor(post(urlEqualTo("/api/v1/tenders/" + tenderId + "/bids")).willReturn(okJson(bidRecorded("bid-7"))));
        Response requested = write("POST", "/api/v1/consortia/" + id + "/change-requests", lead, """
                {"type": "RESTRUCTURING", "reason": "Fusion de l'ESAT", "leavingSupplierId": "%s",
                 "newShares": {"%s": 50, "%s": 50}}""".formatted(esat, insertion, scop), submit(ready));
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        Response seen = api.get("/api/v1/consortia/" + id + "/change-requests", buyer);
        String leaving = "/internal/tenders/" + tenderId + "/bids/bid-7/tenderers/" + esat;
        partners.stubFor(delete(urlEqualTo(leaving)).willReturn(aResponse().withStatus(503)));
        relay.tellLeavers();
        assertThat(partners.findAll(deleteRequestedFor(urlEqualTo(leaving)))).as("nothing to tell before the decision")
                .isEmpty();

        Response decided = write("POST", "/api/v1/consortia/" + id + "/change-requests/" + seen.json().at("/0/id").asString()
                + "/decision", buyer, "{\"approve\": true}", seen);
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        relay.tellLeavers();
        assertThat(partners.findAll(deleteRequestedFor(urlEqualTo(leaving)))).as("tender-service down: kept").hasSize(1);

        partners.stubFor(delete(urlEqualTo(leaving)).willReturn(aResponse().withStatus(204)));
        relay.tellLeavers();
        relay.tellLeavers();
        assertThat(partners.findAll(deleteRequestedFor(urlEqualTo(leaving)))).as("told once it answers, then no more")
                .hasSize(2);
        assertThat(read(id, lead).header("ETag")).as("telling does not make the members' If-Match stale")
                .isEqualTo(decided.header("ETag"));
    }
}
