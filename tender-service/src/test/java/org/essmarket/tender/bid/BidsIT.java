package org.essmarket.tender.bid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.PartnerServices;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.tender.bid.application.OutcomeNotifier;
import org.essmarket.tender.bid.persistence.BidStore;
import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.ConsortiumPolicy;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.LotLimits;
import org.essmarket.tender.tender.domain.PlaceOfPerformance;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.Reservation;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderKind;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import tools.jackson.databind.JsonNode;

/**
 * Bids through the API with real tokens on the MongoDB stand-in. supplier-service and
 * search-service are played by WireMock: it answers what those services answer (their contract)
 * and injects their faults (slow, reset, down); the real services answer in the e2e journey.
 * Lot 1 is reserved INSERTION (L2113-13), lot 2 DISABILITY (L2113-12), lot 3 open.
 */
@ServiceIntegrationTest
class BidsIT {

    private static final String LYON = "21690123100011";
    private static final WireMockServer partners = PartnerServices.start();

    @DynamicPropertySource
    static void partnerServices(DynamicPropertyRegistry registry) {
        PartnerServices.standFor(partners, registry, "supplier-service", "search-service");
        registry.add("essmarket.bids.outcome-interval", () -> "1h"); // the test tells outcomes itself
    }

    @AfterAll
    static void stopPartners() {
        partners.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    TenderStore tenders;

    @Autowired
    BidStore bids;

    @Autowired
    OutcomeNotifier outcomes;

    private ApiClient api;
    private final String buyer = Tokens.forUser(DemoUsers.BUYER);
    private final String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
    private final String otherSupplier = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
    private final String consortiumService = Tokens.forClient("consortium-service",
            DemoUsers.serviceClientSecret("consortium-service"));

    /** Suppliers as supplier-service knows them; each test gets its own ids so tests stay independent. */
    private String insertion;
    private String disability;
    private String scop;
    private String pending;

    @BeforeEach
    void partnersAnswer() {
        api = new ApiClient(port);
        partners.resetAll();
        String run = UUID.randomUUID().toString().substring(0, 8);
        insertion = supplier("ins-" + run, "Envie Rhône", "VERIFIED", "[\"EI\"]", "69", Tokens.subjectOf(supplier));
        disability = supplier("ea-" + run, "Atelier Adapté", "VERIFIED", "[\"EA\"]", "01", Tokens.subjectOf(otherSupplier));
        scop = supplier("scop-" + run, "SCOP Elits", "VERIFIED", "[\"SCOP\"]", "69", Tokens.subjectOf(otherSupplier));
        pending = supplier("new-" + run, "Nouvelle structure", "PENDING", "[\"EI\"]", "69", Tokens.subjectOf(supplier));
        actsFor(supplier, insertion, pending);
        actsFor(otherSupplier, disability, scop);
        partners.stubFor(post(urlEqualTo("/internal/notifications")).willReturn(okJson("{\"delivered\": 1}")));
    }

    private static String supplier(String id, String name, String status, String kinds, String department, String member) {
        partners.stubFor(get(urlEqualTo("/internal/suppliers/" + id + "/tenderer")).willReturn(okJson("""
                {"id": "%s", "siret": "38367939600028", "legalName": "%s", "status": "%s", "kinds": %s,
                 "department": "%s", "memberIds": ["%s"]}""".formatted(id, name, status, kinds, department, member))));
        return id;
    }

    /** The structures supplier-service says the user acts for now. */
    private static void actsFor(String token, String... supplierIds) {
        String ids = String.join("\", \"", supplierIds);
        partners.stubFor(get(urlEqualTo("/internal/users/" + Tokens.subjectOf(token) + "/suppliers"))
                .willReturn(okJson("{\"supplierIds\": [" + (ids.isEmpty() ? "" : "\"" + ids + "\"") + "]}")));
    }

    /** The path of a bid the supplier's user makes for the insertion company on lot 3. */
    private String insertionBidPath(String tenderId, String key) {
        return "/api/v1/tenders/" + tenderId + "/bids/" + bid(tenderId, supplier,
                alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), key).json().get("id").asString();
    }

    /** supplier-service hands the insertion company over from the supplier's user to the other supplier's. */
    private void insertionChangesHands() {
        supplier(insertion, "Envie Rhône", "VERIFIED", "[\"EI\"]", "69", Tokens.subjectOf(otherSupplier));
        actsFor(supplier, pending);
        actsFor(otherSupplier, disability, scop, insertion);
    }

    private Tender publishedTender(Instant deadline, ConsortiumPolicy policy) {
        return publishedTender(deadline, policy, "Entretien des parcs");
    }

    private Tender publishedTender(Instant deadline, ConsortiumPolicy policy, String title) {
        TenderTerms terms = new TenderTerms(title, null, TenderKind.TENDER, Procedure.OPEN,
                new BigDecimal("250000"), new PlaceOfPerformance(PlaceOfPerformance.Scope.DEPARTMENTS, List.of("69"), null),
                List.of("77310000"), null, null, List.of(new AwardCriterion("Prix", 100)), deadline, null, policy,
                new LotLimits(2, 1), List.of(new Lot(1, "Espaces verts", "77310000", null, Reservation.INSERTION),
                        new Lot(2, "Nettoyage", "90910000", null, Reservation.DISABILITY),
                        new Lot(3, "Restauration", "55300000", null, Reservation.NONE)), null);
        return tenders.save(Tender.restore(UUID.randomUUID().toString(), LYON, "acheteur", Instant.now(), null, terms,
                TenderStatus.PUBLISHED, null, Instant.now(), List.of()));
    }

    private Tender openTender() {
        return publishedTender(Instant.now().plus(Duration.ofDays(10)), new ConsortiumPolicy(true, true));
    }

    /** The deadline passes: the stored tender's deadline is moved into the past. */
    private void deadlinePasses(String tenderId) {
        Tender tender = tenders.findById(tenderId).orElseThrow();
        tenders.save(Tender.restore(tender.id(), tender.buyerSiret(), tender.createdBy(), tender.createdAt(),
                tender.version(), tender.terms().withDeadline(Instant.now().minusSeconds(1)), tender.status(), null,
                tender.publishedAt(), tender.awards()));
    }

    private static String alone(String supplierId, String offers) {
        return """
                {"supplierId": "%s", "offers": %s}""".formatted(supplierId, offers);
    }

    private Response bid(String tenderId, String token, String body, String key) {
        Map<String, String> headers = key == null ? Map.of() : Map.of("Idempotency-Key", key);
        return api.sendWithHeaders("POST", "/api/v1/tenders/" + tenderId + "/bids", token, body, headers);
    }

    @Test
    void an_insertion_company_bids_alone_and_the_bid_keeps_a_snapshot_of_its_kinds_and_department() {
        String tenderId = openTender().id();
        Response created = bid(tenderId, supplier,
                alone(insertion, "[{\"lotNumber\": 1, \"amount\": 110000.00}, {\"lotNumber\": 3, \"amount\": 45000}]"), "k1");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("status").asString()).isEqualTo("PENDING");
        assertThat(body.at("/tenderers/0/role").asString()).isEqualTo("SOLE");
        assertThat(body.at("/tenderers/0/kinds/0").asString()).isEqualTo("EI");
        assertThat(body.at("/tenderers/0/department").asString()).isEqualTo("69");
        assertThat(created.header("Location")).endsWith("/bids/" + body.get("id").asString());
    }

    @Test
    void twenty_parallel_submissions_with_the_same_idempotency_key_create_exactly_one_bid() throws Exception {
        String tenderId = openTender().id();
        String body = alone(insertion, "[{\"lotNumber\": 3, \"amount\": 45000}]");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> bid(tenderId, supplier, body, "same-key"));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : pool.invokeAll(calls)) {
            responses.add(f.get());
        }
        pool.shutdown();

        assertThat(responses).extracting(Response::status).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses.stream().map(r -> r.json().get("id").asString()).distinct()).hasSize(1);
        assertThat(bids.onTender(tenderId)).hasSize(1);
    }

    @Test
    void two_members_of_one_supplier_submitting_at_once_with_their_own_keys_make_one_bid() throws Exception {
        String tenderId = openTender().id();
        String shared = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        partners.stubFor(get(urlEqualTo("/internal/suppliers/" + shared + "/tenderer")).willReturn(okJson("""
                {"id": "%s", "siret": "38367939600028", "legalName": "Régie partagée", "status": "VERIFIED",
                 "kinds": ["EI"], "department": "69", "memberIds": ["%s", "%s"]}"""
                .formatted(shared, Tokens.subjectOf(supplier), Tokens.subjectOf(otherSupplier)))));
        String body = alone(shared, "[{\"lotNumber\": 3, \"amount\": 45000}]");
        assertThat(bid(tenderId, otherSupplier, alone(scop, "[{\"lotNumber\": 3, \"amount\": 1}]"), "warm-up").status())
                .as("another bidder, so that the parallel calls do not wait on the service's first token").isEqualTo(201);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String member = i % 2 == 0 ? supplier : otherSupplier;
            String key = "member-" + i;
            calls.add(() -> bid(tenderId, member, body, key));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : pool.invokeAll(calls)) {
            responses.add(f.get());
        }
        pool.shutdown();

        assertThat(responses).extracting(Response::status).containsOnly(201, 409);
        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.json().get("rule").asString()).isEqualTo("one bid per bidder"));
        assertThat(bids.activeOnTender(tenderId)).filteredOn(bid -> bid.bidderId().equals(shared)).hasSize(1);
    }

    @Test
    void the_same_idempotency_key_for_a_different_bid_is_refused_and_a_bid_needs_a_key() {
        String tenderId = openTender().id();
        assertThat(bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 45000}]"), "k").status())
                .isEqualTo(201);
        Response other = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "k");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");

        Response keyless = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 45000}]"), null);
        assertThat(keyless.status()).isEqualTo(400);
        assertThat(keyless.json().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void the_rules_refuse_bids_with_the_reason_a_bidder_can_act_on() {
        String tenderId = openTender().id();
        Response ineligible = bid(tenderId, otherSupplier, alone(scop, "[{\"lotNumber\": 1, \"amount\": 1000}]"), "a");
        assertThat(ineligible.status()).isEqualTo(409);
        assertThat(ineligible.json().get("rule").asString()).isEqualTo("L2113-13");

        Response tooManyLots = bid(tenderId, supplier, alone(insertion,
                "[{\"lotNumber\": 1, \"amount\": 1}, {\"lotNumber\": 2, \"amount\": 1}, {\"lotNumber\": 3, \"amount\": 1}]"), "b");
        assertThat(tooManyLots.status()).isEqualTo(409);
        assertThat(tooManyLots.json().get("detail").asString()).contains("at most 2");

        Response unknownLot = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 9, \"amount\": 1}]"), "c");
        assertThat(unknownLot.status()).isEqualTo(400);
        assertThat(unknownLot.json().at("/errors/0/field").asString()).isEqualTo("offers[0].lotNumber");

        Response negative = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": -5}]"), "d");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().at("/errors/0/field").asString()).isEqualTo("offers[0].amount");

        Response notVerified = bid(tenderId, supplier, alone(pending, "[{\"lotNumber\": 3, \"amount\": 1}]"), "e");
        assertThat(notVerified.status()).isEqualTo(409);
        assertThat(notVerified.json().get("detail").asString()).contains("PENDING");

        Response notMember = bid(tenderId, supplier, alone(scop, "[{\"lotNumber\": 3, \"amount\": 1}]"), "f");
        assertThat(notMember.status()).isEqualTo(403);

        Response byBuyer = bid(tenderId, buyer, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 1}]"), "g");
        assertThat(byBuyer.status()).isEqualTo(403);

        assertThat(bids.onTender(tenderId)).as("nothing recorded").isEmpty();
    }

    @Test
    void rejects_bid_after_deadline_naming_the_tender_status() {
        String tenderId = publishedTender(Instant.now().plusSeconds(3600), ConsortiumPolicy.ALLOW_ALL).id();
        deadlinePasses(tenderId);
        Response late = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 1}]"), "late");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("has passed");
        assertThat(late.json().get("tenderStatus").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void bids_are_sealed_until_the_deadline_then_the_buyer_reads_them_and_awards_each_lot() {
        String tenderId = openTender().id();
        String mine = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 1, \"amount\": 100000}, {\"lotNumber\": 3, \"amount\": 40000}]"), "s1")
                .json().get("id").asString();
        String theirs = bid(tenderId, otherSupplier, alone(disability, "[{\"lotNumber\": 2, \"amount\": 70000}, {\"lotNumber\": 3, \"amount\": 42000}]"), "s2")
                .json().get("id").asString();

        Response sealed = api.get("/api/v1/tenders/" + tenderId + "/bids", buyer);
        assertThat(sealed.status()).isEqualTo(409);
        assertThat(sealed.json().get("detail").asString()).contains("sealed");
        assertThat(api.get("/api/v1/tenders/" + tenderId + "/bids/" + mine, buyer).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tenders/" + tenderId + "/bids", supplier).json()).hasSize(1);
        assertThat(api.get("/api/v1/tenders/" + tenderId + "/bids/" + theirs, supplier).status())
                .as("a bidder never sees another's bid").isEqualTo(404);
        Response early = api.send("POST", "/api/v1/tenders/" + tenderId + "/lots/1/award", buyer,
                "{\"bidId\": \"" + mine + "\"}", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("tenderStatus").asString()).isEqualTo("PUBLISHED");

        deadlinePasses(tenderId);
        assertThat(api.get("/api/v1/tenders/" + tenderId + "/bids", buyer).json()).hasSize(2);
        assertThat(award(tenderId, 1, mine).status()).isEqualTo(200);
        Response secondForSameBidder = award(tenderId, 3, mine);
        assertThat(secondForSameBidder.status()).as("max 1 lot awarded per bidder").isEqualTo(409);
        assertThat(award(tenderId, 2, theirs).status()).isEqualTo(200);
        assertThat(award(tenderId, 3, theirs).status()).isEqualTo(409);

        JsonNode tender = api.get("/api/v1/tenders/" + tenderId, null).json();
        assertThat(tender.get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void before_the_deadline_an_award_attempt_reveals_nothing_about_the_sealed_bids() {
        String tenderId = openTender().id();
        String sealed = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "s")
                .json().get("id").asString();
        for (String bidId : List.of(sealed, "no-such-bid")) {
            Response early = award(tenderId, 1, bidId);
            assertThat(early.status()).as(early.body()).isEqualTo(409);
            assertThat(early.json().get("tenderStatus").asString()).isEqualTo("PUBLISHED");
            assertThat(early.body()).doesNotContain(bidId);
        }
    }

    @Test
    void only_the_buyer_body_awards_and_only_a_bid_offering_the_lot() {
        String tenderId = openTender().id();
        String mine = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "x")
                .json().get("id").asString();
        deadlinePasses(tenderId);
        assertThat(award(tenderId, 3, mine, supplier).status()).isEqualTo(403);
        Response wrongLot = award(tenderId, 1, mine);
        assertThat(wrongLot.status()).isEqualTo(400);
        assertThat(wrongLot.json().at("/errors/0/field").asString()).isEqualTo("bidId");
    }

    /** A tender with that title whose lot 3 is awarded to the insertion company's bid; its id. */
    private String awardedTender(String title) {
        String tenderId = publishedTender(Instant.now().plus(Duration.ofDays(10)), new ConsortiumPolicy(true, true), title).id();
        String winner = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "w")
                .json().get("id").asString();
        deadlinePasses(tenderId);
        assertThat(award(tenderId, 3, winner).status()).isEqualTo(200);
        return tenderId;
    }

    /** The insertion company's bid wins lot 3 over the SCOP's, after the deadline; the winning bid's id. */
    private String lot3AwardedOverAnotherBid(String tenderId) {
        String winner = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "w")
                .json().get("id").asString();
        bid(tenderId, otherSupplier, alone(scop, "[{\"lotNumber\": 3, \"amount\": 42000}]"), "l");
        deadlinePasses(tenderId);
        assertThat(award(tenderId, 3, winner).status()).isEqualTo(200);
        return winner;
    }

    @Test
    void a_notification_search_service_refuses_is_set_aside_and_the_other_outcomes_are_still_told() {
        // search-service refuses what breaks its contract: a title over 300 characters, or (here) a poisoned one.
        partners.stubFor(post(urlEqualTo("/internal/notifications")).atPriority(1)
                .withRequestBody(matching(".*\"title\":\"[^\"]{301,}\".*"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 400, \"detail\": \"title: size must be at most 300\"}")));
        partners.stubFor(post(urlEqualTo("/internal/notifications")).atPriority(1).withRequestBody(containing("Poison"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 400, \"detail\": \"refused\"}")));
        List<String> poisoned = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // more than the breaker's minimum number of calls
            poisoned.add(awardedTender("Poison " + i));
        }
        String longTitle = awardedTender("Entretien des espaces verts " + "et des parcs de la métropole ".repeat(10));

        outcomes.tellOutcomes();

        assertThat(tenders.findById(longTitle).orElseThrow().awardOf(3).orElseThrow().outcomeNotified())
                .as("told, with its title shortened to what search-service takes").isTrue();
        String told = partners.findAll(postRequestedFor(urlEqualTo("/internal/notifications"))
                .withRequestBody(containing(longTitle))).getFirst().getBodyAsString();
        assertThat(ApiClient.JSON.readTree(told).get(0).get("title").asString()).hasSizeLessThanOrEqualTo(300)
                .startsWith("Votre offre est retenue pour le lot 3 — Entretien des espaces verts");
        for (String tenderId : poisoned) {
            var award = tenders.findById(tenderId).orElseThrow().awardOf(3).orElseThrow();
            assertThat(award.outcomeNotified()).isFalse();
            assertThat(award.outcomeFailure()).as("set aside with the reason").contains("400");
        }
        assertThat(tenders.withOutcomesToTell(50)).extracting(Tender::id).as("not retried forever")
                .doesNotContainAnyElementsOf(poisoned);
    }

    @Test
    void every_bidder_on_an_awarded_lot_is_told_the_outcome_even_if_search_service_was_down() {
        String tenderId = openTender().id();
        String winner = lot3AwardedOverAnotherBid(tenderId);

        partners.stubFor(post(urlEqualTo("/internal/notifications")).willReturn(aResponse().withStatus(503)));
        outcomes.tellOutcomes();
        assertThat(tenders.findById(tenderId).orElseThrow().awardOf(3).orElseThrow().outcomeNotified())
                .as("still to tell while search-service is down").isFalse();

        partners.stubFor(post(urlEqualTo("/internal/notifications")).willReturn(okJson("{\"delivered\": 2}")));
        outcomes.tellOutcomes();
        assertThat(tenders.findById(tenderId).orElseThrow().awardOf(3).orElseThrow().outcomeNotified()).isTrue();
        String told = partners.findAll(postRequestedFor(urlEqualTo("/internal/notifications"))).getLast().getBodyAsString();
        assertThat(told).contains("Votre offre est retenue pour le lot 3", "Votre offre n'est pas retenue pour le lot 3",
                Tokens.subjectOf(supplier), Tokens.subjectOf(otherSupplier), "BID_OUTCOME");
        assertThat(bids.findById(winner).orElseThrow().status().name()).isEqualTo("AWARDED");
    }

    @Test
    void cancelling_a_tender_with_an_awarded_lot_tells_its_bidders_of_the_cancellation_not_that_they_won() {
        String tenderId = openTender().id();
        String winner = lot3AwardedOverAnotherBid(tenderId);
        Response cancelled = api.send("POST", "/api/v1/tenders/" + tenderId + "/cancel", buyer,
                "{\"reason\": \"Besoin disparu\"}", null);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        partners.stubFor(post(urlEqualTo("/internal/notifications")).willReturn(okJson("{\"delivered\": 2}")));

        outcomes.tellOutcomes();

        String told = partners.findAll(postRequestedFor(urlEqualTo("/internal/notifications"))
                .withRequestBody(containing(tenderId))).getLast().getBodyAsString();
        assertThat(told).contains("annulé", Tokens.subjectOf(supplier), Tokens.subjectOf(otherSupplier))
                .doesNotContain("retenue");
        assertThat(bids.findById(winner).orElseThrow().status().name()).isNotEqualTo("AWARDED");
        assertThat(tenders.findById(tenderId).orElseThrow().awardOf(3).orElseThrow().outcomeNotified()).isTrue();
    }

    @Test
    void a_bid_is_withdrawn_before_the_deadline_and_the_supplier_may_bid_again() {
        String tenderId = openTender().id();
        String first = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "one")
                .json().get("id").asString();
        assertThat(bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 39000}]"), "two").status())
                .as("one bid per bidder").isEqualTo(409);
        assertThat(api.send("POST", "/api/v1/tenders/" + tenderId + "/bids/" + first + "/withdraw", otherSupplier, null, null)
                .status()).isEqualTo(404);
        Response withdrawn = api.send("POST", "/api/v1/tenders/" + tenderId + "/bids/" + first + "/withdraw", supplier, null, null);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 39000}]"), "two").status())
                .isEqualTo(201);
    }

    @Test
    void a_user_removed_from_the_supplier_can_no_longer_read_or_withdraw_its_bid() {
        String tenderId = openTender().id();
        String bidPath = insertionBidPath(tenderId, "removed");
        assertThat(api.get(bidPath, supplier).status()).isEqualTo(200);

        insertionChangesHands();

        assertThat(api.get(bidPath, supplier).status()).as("no longer its bid").isEqualTo(404);
        assertThat(api.get("/api/v1/tenders/" + tenderId + "/bids", supplier).json()).isEmpty();
        assertThat(api.send("POST", bidPath + "/withdraw", supplier, null, null).status()).isEqualTo(404);
        byte[] pdf = "%PDF-1.7\nannexe\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.upload(bidPath + "/documents", supplier, "annexe.pdf", "application/pdf", pdf).status())
                .isEqualTo(404);
        assertThat(bids.findById(bidPath.substring(bidPath.lastIndexOf('/') + 1)).orElseThrow().status().name())
                .as("still competing").isEqualTo("PENDING");
    }

    @Test
    void a_user_added_to_the_supplier_reads_and_withdraws_the_bid_it_made_before() {
        String tenderId = openTender().id();
        String bidPath = insertionBidPath(tenderId, "added");
        assertThat(api.get(bidPath, otherSupplier).status()).isEqualTo(404);

        insertionChangesHands();

        assertThat(api.get("/api/v1/tenders/" + tenderId + "/bids", otherSupplier).json()).hasSize(1);
        Response withdrawn = api.send("POST", bidPath + "/withdraw", otherSupplier, null, null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void the_outcome_is_told_to_the_users_of_the_bidding_supplier_at_award_time() {
        String tenderId = openTender().id();
        String mine = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "told")
                .json().get("id").asString();
        insertionChangesHands();
        deadlinePasses(tenderId);
        assertThat(award(tenderId, 3, mine).status()).isEqualTo(200);

        outcomes.tellOutcomes();

        String told = partners.findAll(postRequestedFor(urlEqualTo("/internal/notifications"))
                .withRequestBody(containing(tenderId))).getLast().getBodyAsString();
        assertThat(told).contains("Votre offre est retenue pour le lot 3", Tokens.subjectOf(otherSupplier))
                .doesNotContain(Tokens.subjectOf(supplier));
    }

    @Test
    void when_supplier_service_is_down_a_bidder_gets_503_and_neither_reads_nor_withdraws_its_bid() {
        String tenderId = openTender().id();
        String bidPath = insertionBidPath(tenderId, "down");
        partners.stubFor(get(urlPathMatching("/internal/users/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        for (Response refused : List.of(api.get(bidPath, supplier), api.get("/api/v1/tenders/" + tenderId + "/bids", supplier),
                api.send("POST", bidPath + "/withdraw", supplier, null, null))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(bids.findById(bidPath.substring(bidPath.lastIndexOf('/') + 1)).orElseThrow().status().name())
                .as("still competing").isEqualTo("PENDING");
    }

    @Test
    void a_groupement_bids_through_consortium_service_within_the_tender_consortium_policy() {
        String tenderId = openTender().id(); // forbids bidding alone and in a groupement on the same lot
        bid(tenderId, otherSupplier, alone(scop, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "solo");
        String groupement = """
                {"consortiumId": "c-1", "members": [
                  {"supplierId": "%s", "role": "LEAD", "lots": [1]},
                  {"supplierId": "%s", "role": "MEMBER", "lots": [3]}],
                 "offers": [{"lotNumber": 1, "amount": 90000}, {"lotNumber": 3, "amount": 41000}]}""";

        Response refused = bid(tenderId, consortiumService, groupement.formatted(insertion, scop), "g1");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("R2142-21");

        Response joint = bid(tenderId, consortiumService, groupement.formatted(insertion, disability), "g2");
        assertThat(joint.status()).as(joint.body()).isEqualTo(201);
        assertThat(joint.json().get("consortiumId").asString()).isEqualTo("c-1");
        assertThat(joint.json().findValuesAsString("role")).containsExactly("LEAD", "MEMBER");
        assertThat(api.get("/api/v1/tenders/" + tenderId + "/bids", supplier).json())
                .as("members of the groupement read its bid").hasSize(1);

        assertThat(bid(tenderId, supplier, groupement.formatted(insertion, disability), "g3").status())
                .as("only consortium-service submits a groupement's bid").isEqualTo(403);
    }

    @Test
    void only_consortium_service_withdraws_or_completes_a_joint_bid_not_the_partners_users() {
        String tenderId = openTender().id();
        String joint = bid(tenderId, consortiumService, """
                {"consortiumId": "c-lead", "members": [
                  {"supplierId": "%s", "role": "LEAD", "lots": [1]},
                  {"supplierId": "%s", "role": "MEMBER", "lots": [3]}],
                 "offers": [{"lotNumber": 1, "amount": 90000}, {"lotNumber": 3, "amount": 41000}]}"""
                .formatted(insertion, disability), "lead-only").json().get("id").asString();
        String bidPath = "/api/v1/tenders/" + tenderId + "/bids/" + joint;
        byte[] pdf = "%PDF-1.7\nannexe\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        for (String partnerUser : List.of(supplier, otherSupplier)) { // the lead's user, then a member's
            assertThat(api.get(bidPath, partnerUser).status()).as("partners read the joint bid").isEqualTo(200);
            Response withdraw = api.send("POST", bidPath + "/withdraw", partnerUser, null, null);
            assertThat(withdraw.status()).as(withdraw.body()).isEqualTo(403);
            assertThat(withdraw.json().get("detail").asString()).contains("groupement");
            assertThat(api.upload(bidPath + "/documents", partnerUser, "annexe.pdf", "application/pdf", pdf).status())
                    .isEqualTo(403);
        }
        assertThat(api.get(bidPath, consortiumService).json().get("status").asString()).isEqualTo("PENDING");

        assertThat(api.upload(bidPath + "/documents", consortiumService, "annexe.pdf", "application/pdf", pdf).status())
                .isEqualTo(201);
        Response withdrawn = api.send("POST", bidPath + "/withdraw", consortiumService, null, null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_member_that_left_a_groupement_through_an_approved_change_is_no_longer_a_tenderer_R2142_26() {
        String tenderId = openTender().id();
        String joint = bid(tenderId, consortiumService, """
                {"consortiumId": "c-left", "members": [
                  {"supplierId": "%s", "role": "LEAD", "lots": [1, 3]},
                  {"supplierId": "%s", "role": "MEMBER", "lots": [3]}],
                 "offers": [{"lotNumber": 1, "amount": 90000}, {"lotNumber": 3, "amount": 41000}]}"""
                .formatted(insertion, disability), "leaving").json().get("id").asString();
        String bidPath = "/api/v1/tenders/" + tenderId + "/bids/" + joint;
        String leaving = "/internal/tenders/" + tenderId + "/bids/" + joint + "/tenderers/" + disability;
        assertThat(api.get(bidPath, otherSupplier).status()).isEqualTo(200);

        assertThat(api.send("DELETE", leaving, otherSupplier, null, null).status()).as("services only").isEqualTo(403);
        assertThat(api.send("DELETE", leaving, consortiumService, null, null).status()).isEqualTo(204);

        assertThat(api.get(bidPath, otherSupplier).status()).as("its users no longer read the bid").isEqualTo(404);
        assertThat(api.get(bidPath, consortiumService).json().get("tenderers").findValuesAsString("supplierId"))
                .containsExactly(insertion);
        assertThat(api.get("/internal/tenders/" + tenderId + "/bidders?supplierId=" + disability, consortiumService).json())
                .as("free to bid elsewhere").isEmpty();
        assertThat(api.send("DELETE", leaving, consortiumService, null, null).status()).as("told again").isEqualTo(204);
        Response lead = api.send("DELETE", "/internal/tenders/" + tenderId + "/bids/" + joint + "/tenderers/" + insertion,
                consortiumService, null, null);
        assertThat(lead.status()).isEqualTo(409);
        assertThat(lead.json().get("rule").asString()).isEqualTo("R2142-26");
    }

    @Test
    void only_consortium_service_among_the_services_bids_for_a_groupement_or_reads_who_bids() {
        String tenderId = openTender().id();
        String joint = """
                {"consortiumId": "c-other", "members": [
                  {"supplierId": "%s", "role": "LEAD", "lots": [1]},
                  {"supplierId": "%s", "role": "MEMBER", "lots": [3]}],
                 "offers": [{"lotNumber": 1, "amount": 90000}, {"lotNumber": 3, "amount": 41000}]}"""
                .formatted(insertion, disability);
        String bidPath = "/api/v1/tenders/" + tenderId + "/bids/"
                + bid(tenderId, consortiumService, joint, "c-other-1").json().get("id").asString();
        byte[] pdf = "%PDF-1.7\nannexe\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        for (String other : List.of("search-service", "supplier-service", "tender-service")) {
            String service = Tokens.forClient(other, DemoUsers.serviceClientSecret(other));
            Response submitted = bid(tenderId, service, joint, "by-" + other);
            assertThat(submitted.status()).as(other + " submits a joint bid: " + submitted.body()).isEqualTo(403);
            assertThat(submitted.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.get("/internal/tenders/" + tenderId + "/bidders?supplierId=" + insertion, service).status())
                    .as(other + " reads who bids").isEqualTo(403);
            assertThat(api.get(bidPath, service).status()).as(other + " reads the bid").isEqualTo(403);
            assertThat(api.upload(bidPath + "/documents", service, "annexe.pdf", "application/pdf", pdf).status())
                    .as(other + " completes the bid").isEqualTo(403);
            assertThat(api.send("POST", bidPath + "/withdraw", service, null, null).status())
                    .as(other + " withdraws the bid").isEqualTo(403);
        }
        assertThat(api.get(bidPath, consortiumService).json().get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void consortium_service_learns_which_competing_bids_a_supplier_takes_part_in() {
        String tenderId = openTender().id();
        String solo = bid(tenderId, otherSupplier, alone(scop, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "solo")
                .json().get("id").asString();
        String withdrawn = bid(tenderId, otherSupplier, alone(disability, "[{\"lotNumber\": 2, \"amount\": 1}]"), "w")
                .json().get("id").asString();
        api.send("POST", "/api/v1/tenders/" + tenderId + "/bids/" + withdrawn + "/withdraw", otherSupplier, null, null);
        String joint = bid(tenderId, consortiumService, """
                {"consortiumId": "c-7", "members": [
                  {"supplierId": "%s", "role": "LEAD", "lots": [1]},
                  {"supplierId": "%s", "role": "MEMBER", "lots": [2]}],
                 "offers": [{"lotNumber": 1, "amount": 90000}, {"lotNumber": 2, "amount": 60000}]}"""
                .formatted(insertion, disability), "c-7-1").json().get("id").asString();

        Response member = api.get("/internal/tenders/" + tenderId + "/bidders?supplierId=" + disability, consortiumService);
        assertThat(member.status()).as(member.body()).isEqualTo(200);
        assertThat(member.json()).hasSize(1);
        assertThat(member.json().at("/0/bidId").asString()).isEqualTo(joint);
        assertThat(member.json().at("/0/consortiumId").asString()).isEqualTo("c-7");
        assertThat(member.json().at("/0/role").asString()).isEqualTo("MEMBER");
        assertThat(member.json().at("/0/lots").toString()).isEqualTo("[1,2]");
        assertThat(member.body()).doesNotContain("amount");

        Response alone = api.get("/internal/tenders/" + tenderId + "/bidders?supplierId=" + scop, consortiumService);
        assertThat(alone.json().at("/0/bidId").asString()).isEqualTo(solo);
        assertThat(alone.json().at("/0/role").asString()).isEqualTo("SOLE");
        assertThat(alone.json().at("/0/consortiumId").isMissingNode()).isTrue();
        assertThat(api.get("/internal/tenders/" + tenderId + "/bidders?supplierId=nobody", consortiumService).json()).isEmpty();

        assertThat(api.get("/internal/tenders/" + tenderId + "/bidders?supplierId=" + scop, supplier).status())
                .as("services only").isEqualTo(403);
        assertThat(api.get("/internal/tenders/" + tenderId + "/bidders", consortiumService).status()).isEqualTo(400);
    }

    @Test
    void when_supplier_service_is_down_or_slow_the_bid_is_refused_with_503_and_nothing_is_recorded() {
        String tenderId = openTender().id();
        partners.stubFor(get(urlPathMatching("/internal/suppliers/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Response reset = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 1}]"), "r");
        assertThat(reset.status()).isEqualTo(503);
        assertThat(reset.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reset.json().get("detail").asString()).contains("eligibility");

        partners.stubFor(get(urlPathMatching("/internal/suppliers/.*")).willReturn(okJson("{}").withFixedDelay(3000)));
        Response slow = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 1}]"), "s");
        // 503, not the directory's late answer: the configured timeout cut the wait.
        assertThat(slow.status()).isEqualTo(503);
        assertThat(bids.onTender(tenderId)).isEmpty();
    }

    @Test
    void bid_documents_are_sealed_like_the_bid() {
        String tenderId = openTender().id();
        String mine = bid(tenderId, supplier, alone(insertion, "[{\"lotNumber\": 3, \"amount\": 40000}]"), "doc")
                .json().get("id").asString();
        byte[] pdf = "%PDF-1.7\nmémoire technique\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String documents = "/api/v1/tenders/" + tenderId + "/bids/" + mine + "/documents";

        assertThat(api.upload(documents, otherSupplier, "offre.pdf", "application/pdf", pdf).status()).isEqualTo(404);
        Response uploaded = api.upload(documents, supplier, "memoire-technique.pdf", "application/pdf", pdf);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String documentId = uploaded.json().get("id").asString();
        assertThat(api.get(documents, buyer).status()).as("sealed until the deadline").isEqualTo(404);

        deadlinePasses(tenderId);
        assertThat(api.upload(documents, supplier, "late.pdf", "application/pdf", pdf).status()).isEqualTo(409);
        assertThat(api.get(documents, buyer).json()).hasSize(1);
        assertThat(api.download(documents + "/" + documentId, buyer).body()).isEqualTo(pdf);
    }

    private Response award(String tenderId, int lot, String bidId) {
        return award(tenderId, lot, bidId, buyer);
    }

    private Response award(String tenderId, int lot, String bidId, String token) {
        return api.send("POST", "/api/v1/tenders/" + tenderId + "/lots/" + lot + "/award", token,
                "{\"bidId\": \"" + bidId + "\"}", null);
    }
}
