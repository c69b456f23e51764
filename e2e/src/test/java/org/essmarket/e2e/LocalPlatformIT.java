package org.essmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Ports;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.e2e.LaunchedPlatform.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

/**
 * {@code ./marketplace up / down} as a user runs it: the launcher the script execs, on its own
 * ports and in its own folder (MARKETPLACE_HOME) so it never meets a developer's running platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final LaunchedPlatform platform = new LaunchedPlatform("marketplace", Map.of());
    private final Path home = platform.home();
    private final Map<String, String> ports = platform.ports();
    /** The adapted company (EA) the demo supplier registers, verified by the admin. */
    private String adaptedCompanyId;
    private final FreshSirets sirets = new FreshSirets(99_100_000_000_000L);

    @BeforeAll
    void startsTheWholePlatform() throws Exception {
        System.setProperty("devstack.keycloak.url", "http://127.0.0.1:" + ports.get("KEYCLOAK_PORT"));
        platform.forgetEarlierRuns();

        Run up = marketplace("up");

        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(up.output()).contains("ESS Market is ready", "fournisseur1",
                "http://127.0.0.1:" + ports.get("GATEWAY_PORT"), "http://127.0.0.1:" + ports.get("KEYCLOAK_PORT"));
        assertThat(up.output()).as("the real SIAE structures (3,844 rows) and ESAT sites (1,504) are imported on the first up")
                .containsPattern("imported 5\\d\\d\\d, already present \\d+, rejected 87 of 5348 rows");
        assertThat(up.output()).as("the demo suppliers are made members of their structures")
                .contains("fournisseur1 acts for ASSOC ENVIE RHONE LYON (SIRET 38367939600028)",
                        "fournisseur2 acts for SCOP ELITS PROPRETE (SIRET 45038562000023)");
    }

    @AfterAll
    void stopsEverything() throws Exception {
        marketplace("down");
    }

    @Test
    @Order(0)
    void after_the_first_up_each_demo_supplier_acts_for_the_real_siae_structure_the_readme_names() throws Exception {
        String envie = gatewayGet("/api/v1/suppliers/mine", Tokens.forUser(DemoUsers.SUPPLIER)).body();
        String elits = gatewayGet("/api/v1/suppliers/mine", Tokens.forUser(DemoUsers.OTHER_SUPPLIER)).body();

        assertThat(envie).as("fournisseur1: Envie Rhône Lyon").contains("\"siret\":\"38367939600028\"",
                "ASSOC ENVIE RHONE LYON", "\"status\":\"VERIFIED\"", "\"totalElements\":1");
        assertThat(elits).as("fournisseur2: SCOP Elits Propreté").contains("\"siret\":\"45038562000023\"",
                "SCOP ELITS PROPRETE", "\"totalElements\":1");
        Run seed = marketplace("seed");
        assertThat(seed.exit()).as(seed.output()).isZero();
        assertThat(seed.output()).as("a second seed adds nobody twice")
                .contains("fournisseur1 acts for ASSOC ENVIE RHONE LYON (SIRET 38367939600028), already");
        assertThat(gatewayGet("/api/v1/suppliers/mine", Tokens.forUser(DemoUsers.SUPPLIER)).body())
                .contains("\"totalElements\":1");
    }

    @Test
    @Order(0)
    void a_buyer_finds_the_real_esat_sites_near_a_place_in_the_catalogue() throws Exception {
        String search = "/api/v1/search/suppliers?kind=ESAT&department=01&size=100";
        Instant giveUp = Instant.now().plusSeconds(120);
        while (!gatewayGet(search, null).body().contains("ESAT LA FRETA") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(2_000);
        }

        assertThat(gatewayGet(search, null).body()).as("the ESAT sites of the Ain, indexed within 120 s of the first up")
                .contains("ESAT LA FRETA", "ESAT ENVOL TRANSITION");
    }

    @Test
    @Order(1)
    void the_gateway_serves_suppliers_to_a_signed_in_supplier_and_401_to_anonymous_private_reads() {
        assertThat(gatewayGet("/api/v1/suppliers", Tokens.forUser(DemoUsers.SUPPLIER)).statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = gatewayGet("/api/v1/suppliers/mine", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    @Order(2)
    void status_reports_every_component_ready() throws Exception {
        Run status = marketplace("status");

        assertThat(status.exit()).isZero();
        assertThat(status.output().lines().filter(line -> line.contains(" ready ")).map(line -> line.split(" ")[0]))
                .containsExactly("mongo", "mail", "elasticsearch", "keycloak", "supplier-service", "tender-service",
                        "consortium-service", "search-service", "gateway");
    }

    @Test
    @Order(3)
    void a_second_up_says_it_is_already_running() throws Exception {
        Run again = marketplace("up");

        assertThat(again.exit()).isZero();
        assertThat(again.output()).contains("already running");
    }

    @Test
    @Order(4)
    void a_supplier_registers_through_the_gateway_an_admin_verifies_and_it_is_public() {
        HttpResponse<String> created = gatewaySend("POST", "/api/v1/suppliers", Tokens.forUser(DemoUsers.SUPPLIER), """
                {"siret": "44306184100047", "profile": {"legalName": "Entreprise Adaptée du Confluent",
                 "kinds": ["EA"], "location": {"communeCode": "69123"},
                 "activities": [{"cpvCodes": ["90910000-9"], "serviceTypes": ["SERVICE"],
                                 "range": {"kind": "RADIUS", "radiusKm": 40}}]}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        adaptedCompanyId = id;
        assertThat(gatewayGet("/api/v1/suppliers/" + id, null).statusCode()).as("pending: not public").isEqualTo(404);

        HttpResponse<String> verified = gatewaySend("POST", "/api/v1/suppliers/" + id + "/verify",
                Tokens.forUser(DemoUsers.ADMIN), "{\"reason\": \"EA approval checked\"}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);

        assertThat(gatewayGet("/api/v1/suppliers?kind=EA&department=69&cpv=9091", null).body())
                .contains(id, "Entreprise Adaptée du Confluent");
    }

    @Test
    @Order(5)
    void a_buyer_publishes_a_reserved_lot_an_adapted_company_bids_sealed_until_the_deadline_and_wins_it()
            throws Exception {
        ApiClient gateway = new ApiClient(Integer.parseInt(ports.get("GATEWAY_PORT")));
        String buyer = Tokens.forUser(DemoUsers.BUYER);
        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
        String admin = Tokens.forUser(DemoUsers.ADMIN);
        Instant deadline = Instant.now().plusSeconds(75).truncatedTo(ChronoUnit.SECONDS);
        Response created = gateway.send("POST", "/api/v1/tenders", buyer, """
                {"title": "Entretien des locaux de la Ville de Lyon", "kind": "TENDER", "procedure": "OPEN",
                 "estimatedValue": 180000, "place": {"scope": "DEPARTMENTS", "departmentCodes": ["69"]},
                 "cpvCodes": ["90910000-9"], "socialClause": {"insertionHours": 800},
                 "awardCriteria": [{"name": "Prix", "weight": 60}, {"name": "Valeur technique", "weight": 40}],
                 "deadline": "%s", "lotLimits": {"maxLotsPerBidder": 2, "maxLotsAwardedPerBidder": 1},
                 "lots": [{"number": 1, "title": "Mairie centrale", "cpv": "90911200", "estimatedValue": 90000},
                          {"number": 2, "title": "Écoles", "cpv": "90919200", "estimatedValue": 60000,
                           "reservation": "DISABILITY"},
                          {"number": 3, "title": "Vitrerie", "cpv": "90911300", "estimatedValue": 30000}]}"""
                .formatted(deadline), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String tenderId = created.json().get("id").asString();
        String tender = "/api/v1/tenders/" + tenderId;
        assertThat(TenderSubmissions.submitWithReasons(gateway, buyer, tender).status()).isEqualTo(200);
        assertThat(gateway.send("POST", tender + "/publish", buyer, null, null).status()).as("buyers do not validate")
                .isEqualTo(403);
        assertThat(gateway.send("POST", tender + "/publish", admin, null, null).status()).isEqualTo(200);
        assertThat(gateway.get(tender, null).body()).as("the public notice cites the reservation").contains("L2113-12");

        Response bid = gateway.sendWithHeaders("POST", tender + "/bids", supplier, """
                {"supplierId": "%s", "offers": [{"lotNumber": 2, "amount": 57500.00}]}""".formatted(adaptedCompanyId),
                Map.of("Idempotency-Key", "e2e-" + tenderId));
        assertThat(bid.status()).as(bid.body()).isEqualTo(201);
        String bidId = bid.json().get("id").asString();
        Response sealed = gateway.get(tender + "/bids", buyer);
        assertThat(sealed.status()).as("the buyer cannot see bids before the deadline").isEqualTo(409);
        assertThat(gateway.get(tender + "/bids/" + bidId, buyer).status()).isEqualTo(404);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 1_000);
        Response opened = gateway.get(tender + "/bids", buyer);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get(0).at("/tenderers/0/kinds/0").asString()).isEqualTo("EA");
        Response awarded = gateway.send("POST", tender + "/lots/2/award", buyer, "{\"bidId\": \"" + bidId + "\"}", null);
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);

        JsonNode award = gateway.get(tender + "/ocds", null).json().at("/releases/0/awards/0");
        assertThat(award.at("/suppliers/0/name").asString()).isEqualTo("Entreprise Adaptée du Confluent");
        assertThat(award.at("/value/amount").decimalValue()).isEqualByComparingTo("57500.00");
        Instant tellBy = Instant.now().plusSeconds(90);
        String feed = "";
        while (!(feed.contains("BID_OUTCOME") && feed.contains("TENDER_ALERT")) && Instant.now().isBefore(tellBy)) {
            Thread.sleep(2_000);
            feed = gateway.get("/api/v1/notifications?size=100", supplier).body();
        }
        assertThat(feed).as("the winner is told").contains("BID_OUTCOME", "Votre offre est retenue pour le lot 2");
        assertThat(feed).as("the adapted company (cleaning, 40 km around Lyon) was alerted of the tender")
                .contains("TENDER_ALERT", "Entretien des locaux de la Ville de Lyon");
    }

    @Test
    @Order(6)
    void three_suppliers_form_a_groupement_for_two_lots_and_its_lead_submits_one_joint_bid() throws Exception {
        ApiClient gateway = new ApiClient(Integer.parseInt(ports.get("GATEWAY_PORT")));
        String buyer = Tokens.forUser(DemoUsers.BUYER);
        String lead = Tokens.forUser(DemoUsers.SUPPLIER);
        String partner = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
        String admin = Tokens.forUser(DemoUsers.ADMIN);
        String insertion = verifiedSupplier(gateway, partner, admin, "Chantier d'insertion des Pentes", "ACI");
        String cooperative = verifiedSupplier(gateway, partner, admin, "SCOP Propreté Lyonnaise", "SCOP");

        Instant deadline = Instant.now().plusSeconds(100).truncatedTo(ChronoUnit.SECONDS);
        Response created = gateway.send("POST", "/api/v1/tenders", buyer, """
                {"title": "Entretien des gymnases municipaux", "kind": "TENDER", "procedure": "OPEN",
                 "estimatedValue": 140000, "place": {"scope": "DEPARTMENTS", "departmentCodes": ["69"]},
                 "cpvCodes": ["90910000-9"], "awardCriteria": [{"name": "Prix", "weight": 100}],
                 "deadline": "%s", "consortiumPolicy": {"forbidAloneAndInGroupement": true},
                 "lots": [{"number": 1, "title": "Gymnases nord", "cpv": "90911200", "estimatedValue": 70000},
                          {"number": 2, "title": "Gymnases sud", "cpv": "90911200", "estimatedValue": 70000}]}"""
                .formatted(deadline), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String tenderId = created.json().get("id").asString();
        assertThat(TenderSubmissions.submitWithReasons(gateway, buyer, "/api/v1/tenders/" + tenderId).status())
                .isEqualTo(200);
        assertThat(gateway.send("POST", "/api/v1/tenders/" + tenderId + "/publish", admin, null, null).status()).isEqualTo(200);

        String groupement = """
                {"tenderId": "%s", "lots": [1, 2], "form": "CONJOINT_WITH_JOINTLY_LIABLE_LEAD",
                 "leadSupplierId": "%s", "leadLots": [1], "leadWork": "Nettoyage des gymnases nord", "leadShare": 50}"""
                .formatted(tenderId, adaptedCompanyId);
        Response formed = gateway.send("POST", "/api/v1/consortia", lead, groupement, null);
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        String consortium = "/api/v1/consortia/" + formed.json().get("id").asString();
        assertThat(gateway.get(consortium + "/suggestions", lead).status()).isEqualTo(200);

        String version = formed.header("ETag");
        version = changed(gateway.send("POST", consortium + "/members", lead, """
                {"supplierId": "%s", "role": "MEMBER", "lots": [2], "work": "Gymnases sud", "share": 30}"""
                .formatted(insertion), version));
        version = changed(gateway.send("POST", consortium + "/members", lead, """
                {"supplierId": "%s", "role": "MEMBER", "lots": [2], "work": "Vitrerie", "share": 20}"""
                .formatted(cooperative), version));
        for (String member : List.of(insertion, cooperative)) {
            version = changed(gateway.send("POST", consortium + "/members/" + member + "/answer", partner,
                    "{\"accept\": true, \"grantHabilitation\": true}", version));
        }
        Response submitted = gateway.send("POST", consortium + "/submit", lead,
                "{\"offers\": [{\"lotNumber\": 1, \"amount\": 66000}, {\"lotNumber\": 2, \"amount\": 64000}]}", version);
        assertThat(submitted.status()).as(submitted.body()).isIn(200, 202);
        Instant recordedBy = Instant.now().plusSeconds(60);
        while (!gateway.get(consortium, lead).json().get("status").asString().equals("SUBMITTED")
                && Instant.now().isBefore(recordedBy)) {
            Thread.sleep(2_000);
        }
        assertThat(gateway.get(consortium, lead).json().get("status").asString()).isEqualTo("SUBMITTED");

        Response secondMandate = gateway.send("POST", "/api/v1/consortia", lead, groupement, null);
        assertThat(secondMandate.status()).isEqualTo(409);
        assertThat(secondMandate.json().get("rule").asString()).isEqualTo("R2142-23");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 1_000);
        Response bids = gateway.get("/api/v1/tenders/" + tenderId + "/bids", buyer);
        assertThat(bids.status()).as(bids.body()).isEqualTo(200);
        assertThat(bids.json()).as("one bid, recorded once").hasSize(1);
        assertThat(bids.json().get(0).findValuesAsString("supplierId"))
                .containsExactlyInAnyOrder(adaptedCompanyId, insertion, cooperative);
        assertThat(bids.json().get(0).findValuesAsString("role")).containsExactlyInAnyOrder("LEAD", "MEMBER", "MEMBER");
    }

    /** The write went through; its new version, for the next If-Match. */
    private static String changed(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.header("ETag");
    }

    /** A supplier the user registers (a fresh valid SIRET) and a facilitator verifies. */
    private String verifiedSupplier(ApiClient gateway, String member, String admin, String name, String kind) {
        Response registered = gateway.send("POST", "/api/v1/suppliers", member, """
                {"siret": "%s", "profile": {"legalName": "%s", "kinds": ["%s"], "location": {"communeCode": "69123"},
                 "activities": [{"cpvCodes": ["90910000-9"], "serviceTypes": ["SERVICE"],
                                 "range": {"kind": "RADIUS", "radiusKm": 40}}]}}""".formatted(sirets.next(), name, kind), null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(gateway.send("POST", "/api/v1/suppliers/" + id + "/verify", admin, "{\"reason\": \"checked\"}", null)
                .status()).isEqualTo(200);
        return id;
    }

    @Test
    @Order(7)
    void an_admin_rebuilds_the_catalogue_index_and_a_search_near_lyon_still_finds_the_real_siae_structures()
            throws Exception {
        ApiClient gateway = new ApiClient(Integer.parseInt(ports.get("GATEWAY_PORT")));
        String admin = Tokens.forUser(DemoUsers.ADMIN);
        String reindex = "/api/v1/search/indices/suppliers/reindex";

        Response started = gateway.send("POST", reindex, admin, null, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Instant giveUp = Instant.now().plusSeconds(180);
        Response progress = gateway.get(reindex, admin);
        while ("RUNNING".equals(progress.json().get("state").asString()) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1_000);
            progress = gateway.get(reindex, admin);
        }
        assertThat(progress.json().get("state").asString()).as(progress.body()).isEqualTo("DONE");
        assertThat(progress.json().get("indexed").asLong()).as("every supplier read from supplier-service's feed")
                .isEqualTo(progress.json().get("total").asLong()).isGreaterThan(3_000);

        Response nearLyon = gateway.get("/api/v1/search/suppliers?q=nettoyage&near=Lyon&radiusKm=30&size=20", null);
        assertThat(nearLyon.status()).as(nearLyon.body()).isEqualTo(200);
        assertThat(nearLyon.json().get("totalElements").asLong()).as("cleaning structures around Lyon").isPositive();
        assertThat(nearLyon.json().at("/content/0/department").asString()).isIn("69", "01", "38", "42");
        assertThat(nearLyon.json().at("/facets/kind")).as("with facets").isNotEmpty();
        assertThat(gateway.get("/api/v1/search/suppliers?kind=EA&department=69&cpvPrefix=9091&size=100", null).body())
                .as("the adapted company registered earlier is still found").contains(adaptedCompanyId);
    }

    /**
     * DESIGN.md §4: the owner's store is the truth and search catches up. Elasticsearch is killed,
     * 1,000 supplier writes are made at supplier-service (100 registrations, then 9 profile updates
     * of each), Elasticsearch is started again by {@code up}: within 30 s, every supplier the owner
     * has is in the index at the owner's latest version.
     */
    @Test
    @Order(8)
    void after_elasticsearch_was_down_during_1000_supplier_writes_the_index_catches_up_within_30_seconds()
            throws Exception {
        ApiClient supplierService = new ApiClient(Integer.parseInt(ports.get("SUPPLIER_SERVICE_PORT")));
        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
        long elasticsearch = LocalProcess.readPid(home.resolve("run/elasticsearch.pid")).orElseThrow();
        LocalProcess.stop(elasticsearch, Duration.ofSeconds(30));
        assertThat(Ports.accepts(Integer.parseInt(ports.get("ELASTICSEARCH_PORT")))).isFalse();
        Response searchWhileDown = new ApiClient(Integer.parseInt(ports.get("GATEWAY_PORT")))
                .get("/api/v1/search/suppliers?q=nettoyage", null);
        assertThat(searchWhileDown.status()).as(searchWhileDown.body()).isEqualTo(503);
        assertThat(searchWhileDown.header("Content-Type")).contains("application/problem+json");

        Map<String, String> versions = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            Response registered = supplierService.send("POST", "/api/v1/suppliers", supplier,
                    profileWrite(sirets.next(), "Atelier d'essai " + i, 0), null);
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            versions.put(registered.json().get("id").asString(), registered.header("ETag"));
        }
        for (int update = 1; update <= 9; update++) {
            for (Map.Entry<String, String> written : versions.entrySet()) {
                Response updated = supplierService.send("PUT", "/api/v1/suppliers/" + written.getKey(), supplier,
                        profileWrite(null, "Atelier d'essai", update), written.getValue());
                assertThat(updated.status()).as(updated.body()).isEqualTo(200);
                written.setValue(updated.header("ETag"));
            }
        }

        Run up = marketplace("up");
        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(up.output()).contains("partly running", "elasticsearch");
        Instant restarted = Instant.now();
        Map<String, Long> owner = ownerVersions();
        assertThat(owner).hasSizeGreaterThan(3_000);
        List<String> missingOrStale = missingOrStale(owner);
        while (!missingOrStale.isEmpty() && Instant.now().isBefore(restarted.plusSeconds(30))) {
            Thread.sleep(1_000);
            missingOrStale = missingOrStale(owner);
        }
        assertThat(missingOrStale).as("suppliers missing from the index or at an older version, 30 s after the restart")
                .isEmpty();
        System.out.printf("search caught up with %d suppliers %d ms after Elasticsearch was ready again%n", owner.size(),
                Duration.between(restarted, Instant.now()).toMillis());
    }

    /** A supplier's profile write: a registration when siret is given, else a full profile update. */
    private static String profileWrite(String siret, String name, int update) {
        String profile = """
                {"legalName": "%s", "description": "Mise à jour n° %d", "kinds": ["EA"],
                 "location": {"communeCode": "69123"},
                 "activities": [{"cpvCodes": ["90910000-9"], "serviceTypes": ["SERVICE"],
                                 "range": {"kind": "RADIUS", "radiusKm": 40}}]}""".formatted(name, update);
        return siret == null ? profile : "{\"siret\": \"" + siret + "\", \"profile\": " + profile + "}";
    }

    /** Every supplier of supplier-service's feed (what search must hold) with its version. */
    private Map<String, Long> ownerVersions() {
        ApiClient supplierService = new ApiClient(Integer.parseInt(ports.get("SUPPLIER_SERVICE_PORT")));
        String search = Tokens.forClient("search-service", DemoUsers.serviceClientSecret("search-service"));
        Map<String, Long> versions = new HashMap<>();
        String after = "";
        JsonNode content;
        do {
            Response feed = supplierService.get("/internal/suppliers?size=500" + after, search);
            assertThat(feed.status()).as(feed.body()).isEqualTo(200);
            content = feed.json().get("content");
            content.forEach(entry -> versions.put(entry.at("/document/id").asString(), entry.get("version").asLong()));
            after = content.isEmpty() ? after : "&after=" + content.get(content.size() - 1).at("/document/id").asString();
        } while (content.size() == 500);
        return versions;
    }

    /** The owner's suppliers Elasticsearch lacks, or holds at an older version. */
    private List<String> missingOrStale(Map<String, Long> owner) {
        ApiClient elasticsearch = new ApiClient(Integer.parseInt(ports.get("ELASTICSEARCH_PORT")));
        Response held = elasticsearch.send("POST", "/suppliers/_search?size=10000&version=true&_source=false",
                null, "{\"query\": {\"match_all\": {}}}", null);
        if (held.status() != 200) {
            return List.of("the index cannot be read yet: " + held.status());
        }
        Map<String, Long> indexed = new HashMap<>();
        held.json().at("/hits/hits").forEach(hit -> indexed.put(hit.get("_id").asString(), hit.get("_version").asLong()));
        return owner.entrySet().stream()
                .filter(entry -> indexed.getOrDefault(entry.getKey(), -1L) < entry.getValue())
                .map(entry -> entry.getKey() + " v" + entry.getValue() + " (index: " + indexed.get(entry.getKey()) + ")")
                .toList();
    }

    @Test
    @Order(9)
    void data_written_before_down_is_there_after_the_next_up() throws Exception {
        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
        String before = gatewayGet("/api/v1/suppliers/" + adaptedCompanyId, supplier).body();
        assertThat(before).contains("Entreprise Adaptée du Confluent");

        Run down = marketplace("down");
        assertThat(down.exit()).as(down.output()).isZero();
        for (String port : ports.values()) {
            assertThat(Ports.accepts(Integer.parseInt(port))).as("port %s closed after down", port).isFalse();
        }
        assertThat(ourProcesses()).as("no process of ours after down").isEmpty();

        Run up = marketplace("up");
        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(up.output()).as("no second import").doesNotContain("importing");
        assertThat(gatewayGet("/api/v1/suppliers/" + adaptedCompanyId, Tokens.forUser(DemoUsers.SUPPLIER)).body())
                .contains("Entreprise Adaptée du Confluent");
    }

    @Test
    @Order(10)
    void up_names_a_port_that_is_taken_and_starts_nothing() throws Exception {
        marketplace("down");
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run up = marketplace(Map.of("KEYCLOAK_PORT", Integer.toString(squatter.getLocalPort())), "up");

            assertThat(up.exit()).isNotZero();
            assertThat(up.output()).contains("port " + squatter.getLocalPort() + " (keycloak) is already in use",
                    "KEYCLOAK_PORT=");
            assertThat(ourProcesses()).isEmpty();
        }
    }

    private List<String> ourProcesses() {
        return platform.ourProcesses();
    }

    private HttpResponse<String> gatewayGet(String path, String token) {
        return gatewaySend("GET", path, token, null);
    }

    private HttpResponse<String> gatewaySend(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + ports.get("GATEWAY_PORT") + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Run marketplace(String... args) throws Exception {
        return platform.marketplace(args);
    }

    private Run marketplace(Map<String, String> overrides, String... args) throws Exception {
        return platform.marketplace(overrides, args);
    }
}
