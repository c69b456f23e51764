package org.essmarket.tender.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
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
 * The compliance report and submitting despite its warnings, through the API with real tokens, on
 * the MongoDB stand-in: the demo buyer acts for Ville de Lyon (a local authority), so a 250 k€
 * services tender is at or above its EU threshold (216 k€) and today is after 2026-08-22.
 */
@ServiceIntegrationTest
class TenderComplianceIT {

    private static final String PARIS = "21750001600019";

    @LocalServerPort
    int port;

    @Autowired
    TenderStore store;

    private ApiClient api;
    private final String buyer = Tokens.forUser(DemoUsers.BUYER);
    private final String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
    private final String admin = Tokens.forUser(DemoUsers.ADMIN);

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** Price only, no environmental or social clause: C1, C2 and C3 warn. */
    private static String priceOnlyTender() {
        return """
                {"title": "Nettoyage des écoles", "kind": "TENDER", "procedure": "OPEN", "estimatedValue": 250000,
                 "place": {"scope": "DEPARTMENTS", "departmentCodes": ["69"]}, "cpvCodes": ["90910000-9"],
                 "awardCriteria": [{"name": "Prix", "weight": 100}], "deadline": "%s",
                 "noLotsJustification": "Un seul site",
                 "facts": {"buyerType": "LOCAL_AUTHORITY", "urgencyReason": "  "}}"""
                .formatted(Instant.now().plus(Duration.ofDays(40)));
    }

    private String created(String body) {
        Response created = api.send("POST", "/api/v1/tenders", buyer, body, null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private Response submit(String id, String body) {
        return api.send("POST", "/api/v1/tenders/" + id + "/submit", buyer, body, null);
    }

    @Test
    void the_report_names_each_rule_its_article_what_the_tender_says_and_the_verdict() {
        Response created = api.send("POST", "/api/v1/tenders", buyer, priceOnlyTender(), null);
        assertThat(created.json().at("/awardCriteria/0/category").asString()).as("from its name").isEqualTo("PRICE");
        assertThat(created.json().at("/facts/buyerType").asString()).isEqualTo("LOCAL_AUTHORITY");
        assertThat(created.json().at("/facts/urgencyReason").isMissingNode()).as("blank is none").isTrue();
        assertThat(created.json().at("/nature").asString()).as("from the CPV code").isEqualTo("SERVICES");
        String id = created.json().get("id").asString();

        Response report = api.get("/api/v1/tenders/" + id + "/compliance", buyer);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode findings = report.json().get("findings");
        assertThat(findings.valueStream().map(f -> f.get("ruleId").asString() + " " + f.get("article").asString()
                + " " + f.get("verdict").asString()))
                .containsExactly("C1 L2152-7, R2152-7 WARNING", "C2 L2112-2 WARNING", "C3 L2112-2-1 WARNING",
                        "T1 R2161-2, R2161-3 COMPLIANT", "I1 R2122-8, R2131-12, R2131-16 INFO", "I2 R2132-2 INFO");
        assertThat(findings.get(4).get("message").asString()).contains("BOAMP et au Journal officiel");
        assertThat(findings.get(0).get("tenderSays").asString()).isEqualTo("Prix (100 %, prix ou coût)");
        assertThat(findings.get(0).get("message").asString()).startsWith("Le prix est le seul critère");
        assertThat(findings.get(2).get("tenderSays").asString()).contains("250 000 €", "216 000 €");
        assertThat(findings.get(2).get("source").asString()).contains("Climat et Résilience");
        assertThat(report.json().get("launchDate").asString()).as("not yet submitted: today")
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString());
    }

    @Test
    void only_the_buyer_body_and_facilitators_read_the_report() {
        String draft = created(priceOnlyTender());
        String published = storeForParis();

        assertThat(api.get("/api/v1/tenders/" + draft + "/compliance", admin).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tenders/" + draft + "/compliance", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tenders/" + draft + "/compliance", supplier).status()).as("a draft is hidden")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tenders/" + published + "/compliance", supplier).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/tenders/" + published + "/compliance", buyer).status()).as("another body's")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/tenders/" + published + "/compliance", admin).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tenders/nope/compliance", buyer).status()).isEqualTo(404);
    }

    @Test
    void submitting_despite_warnings_needs_a_reason_for_each_kept_and_shown_to_the_facilitator() {
        String id = created(priceOnlyTender());

        Response bare = submit(id, null);
        assertThat(bare.status()).as(bare.body()).isEqualTo(400);
        assertThat(bare.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bare.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("warningReasons.C1", "warningReasons.C2", "warningReasons.C3");
        Response partly = submit(id, """
                {"warningReasons": {"C1": "Fourniture standardisée", "C2": "Clause prévue au CCTP", "C3": " "}}""");
        assertThat(partly.status()).isEqualTo(400);
        assertThat(partly.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("warningReasons.C3");
        assertThat(api.get("/api/v1/tenders/" + id, buyer).json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(submit(id, "{\"warningReasons\": {\"C1\": \"" + "x".repeat(2_001) + "\"}}").status())
                .as("a reason is at most 2,000 characters").isEqualTo(400);

        Response submitted = submit(id, """
                {"warningReasons": {"C1": "Fourniture standardisée", "C2": "Clause prévue au CCTP",
                                    "C3": "Prestation de deux jours, aucun recrutement possible"}}""");

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        JsonNode queue = api.get("/api/v1/tenders?status=SUBMITTED&size=100", admin).json().get("content");
        JsonNode queued = queue.valueStream().filter(t -> t.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(queued.get("complianceWarnings").valueStream()
                .map(w -> w.get("ruleId").asString() + " " + w.get("article").asString() + ": " + w.get("reason").asString()))
                .containsExactly("C1 L2152-7, R2152-7: Fourniture standardisée", "C2 L2112-2: Clause prévue au CCTP",
                        "C3 L2112-2-1: Prestation de deux jours, aucun recrutement possible");
        assertThat(queued.at("/complianceWarnings/0/message").asString()).startsWith("Le prix est le seul critère");
        JsonNode report = api.get("/api/v1/tenders/" + id + "/compliance", admin).json();
        assertThat(report.at("/findings/2/reason").asString()).startsWith("Prestation de deux jours");
        assertThat(report.get("status").asString()).isEqualTo("SUBMITTED");

        assertThat(api.send("POST", "/api/v1/tenders/" + id + "/publish", admin, null, null).status()).isEqualTo(200);
        JsonNode shownToAll = api.get("/api/v1/tenders/" + id, null).json();
        assertThat(shownToAll.has("complianceWarnings")).as("the buyer's reasons are for the facilitators").isFalse();
        assertThat(api.get("/api/v1/tenders/" + id, buyer).json().get("complianceWarnings").size()).isEqualTo(3);
    }

    @Test
    void a_compliant_tender_is_submitted_without_reasons() {
        String id = created("""
                {"title": "Entretien des espaces verts", "kind": "TENDER", "procedure": "OPEN", "estimatedValue": 250000,
                 "place": {"scope": "DEPARTMENTS", "departmentCodes": ["69"]}, "cpvCodes": ["77310000-6"],
                 "socialClause": {"insertionHours": 800}, "environmentalClause": "Zéro produit phytosanitaire",
                 "awardCriteria": [{"name": "Prix", "weight": 60},
                                   {"name": "Méthode", "weight": 40, "category": "ENVIRONMENTAL"}],
                 "deadline": "%s", "noLotsJustification": "Un seul site"}""".formatted(Instant.now().plus(Duration.ofDays(40))));

        JsonNode report = api.get("/api/v1/tenders/" + id + "/compliance", buyer).json();
        assertThat(report.get("findings").valueStream().map(f -> f.get("verdict").asString()))
                .containsOnly("COMPLIANT", "INFO");
        Response submitted = submit(id, null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("complianceWarnings").size()).isZero();
    }

    @Test
    void a_blocking_rule_refuses_the_submission_naming_the_rule_and_its_article() {
        String id = created("""
                {"title": "Accueil périscolaire", "kind": "TENDER", "procedure": "MAPA", "estimatedValue": 300000,
                 "place": {"scope": "DEPARTMENTS", "departmentCodes": ["69"]}, "cpvCodes": ["90910000-9"],
                 "socialClause": {"insertionHours": 500}, "environmentalClause": "Produits écolabellisés",
                 "awardCriteria": [{"name": "Prix", "weight": 60}, {"name": "Impact carbone", "weight": 40}],
                 "deadline": "%s", "noLotsJustification": "Un seul site",
                 "facts": {"buyerType": "LOCAL_AUTHORITY"}}""".formatted(Instant.now().plus(Duration.ofDays(30))));

        Response refused = submit(id, "{\"warningReasons\": {\"P1\": \"Urgent\"}}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("rule").asString()).isEqualTo("R2123-1, R2124-1");
        assertThat(refused.json().get("ruleId").asString()).isEqualTo("P1");
        assertThat(refused.json().get("detail").asString()).contains("procédure formalisée");
        assertThat(api.get("/api/v1/tenders/" + id, buyer).json().get("status").asString()).isEqualTo("DRAFT");
        JsonNode p1 = api.get("/api/v1/tenders/" + id + "/compliance", buyer).json().get("findings").valueStream()
                .filter(f -> f.get("ruleId").asString().equals("P1")).findFirst().orElseThrow();
        assertThat(p1.get("verdict").asString()).isEqualTo("BLOCKING");
    }

    private String storeForParis() {
        TenderTerms terms = new TenderTerms("Restauration scolaire de Paris", null, TenderKind.TENDER, Procedure.OPEN,
                new BigDecimal("90000"), new PlaceOfPerformance(PlaceOfPerformance.Scope.DEPARTMENTS, List.of("75"), null),
                List.of("55520000"), null, null, List.of(new AwardCriterion("Prix", 100)),
                Instant.now().plus(Duration.ofDays(20)), null, null, null,
                List.of(new Lot(1, "Repas", "55520000", null, Reservation.NONE)), null);
        return store.save(Tender.restore(UUID.randomUUID().toString(), PARIS, "someone-else", Instant.now(), null,
                terms, TenderStatus.PUBLISHED, null, null, List.of())).id();
    }
}
