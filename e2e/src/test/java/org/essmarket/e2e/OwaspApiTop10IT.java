package org.essmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
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
 * The OWASP API Security Top 10 (2023) against the whole platform as {@code ./marketplace up}
 * starts it (issue #7): real tokens from the realm, every call through the gateway unless a case
 * says it goes straight to a service's port. Each attack expects a 4xx (never a 5xx), and each
 * write attempt is followed by a read-back, as the owner or a facilitator, proving nothing changed.
 *
 * <p>The data under attack is made in {@link #startsThePlatformAndMakesDataToAttack()} by the
 * legitimate users: fournisseur1's verified structures, fournisseur2's pending one, acheteur's
 * tenders (a draft, a submitted one, a published one with a bid and its document), a groupement
 * with a pending invitation and a message, and fournisseur1's tender alert.
 *
 * <p>Rate limits: signed-in users get {@value #USER_REQUESTS_PER_MINUTE} requests a minute here,
 * far more than any user of this suite makes, and the flood of API4 is sent by a service account
 * no other case uses, last: no other case can meet a 429. Anonymous clients get
 * {@value #ANONYMOUS_REQUESTS_PER_MINUTE}; the anonymous flood comes from an address the local
 * proxy (127.0.0.1, trusted as ingress-nginx is) forwards, which no other case uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwaspApiTop10IT {

    private static final int USER_REQUESTS_PER_MINUTE = 200;
    private static final int ANONYMOUS_REQUESTS_PER_MINUTE = 600;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final LaunchedPlatform platform = new LaunchedPlatform("owasp-marketplace", Map.of(
            "RATE_LIMIT_USER_PER_MINUTE", Integer.toString(USER_REQUESTS_PER_MINUTE),
            "RATE_LIMIT_ANONYMOUS_PER_MINUTE", Integer.toString(ANONYMOUS_REQUESTS_PER_MINUTE)));
    private ApiClient gateway;

    private String buyer;
    private String otherBuyer;
    private String supplier;
    private String otherSupplier;
    private String admin;
    private String shortLived;
    private Instant shortLivedIssuedAt;

    /** fournisseur1's adapted company (EA), verified; and its insertion structure (ACI), verified. */
    private String adaptedCompany;
    private String insertionCompany;
    /** fournisseur2's cooperative, still pending (private). */
    private String pendingCooperative;
    /** acheteur's tenders: a draft, a submitted one (waiting for validation) and a published one. */
    private String draftTender;
    private String submittedTender;
    private String publishedTender;
    /** The adapted company's bid on the published tender's lot 1, and its document. */
    private String bid;
    private String bidDocument;
    /** fournisseur1's groupement on the published tender (lead: the adapted company; the ACI invited). */
    private String groupement;
    /** fournisseur1's tender alert. */
    private String notification;

    private final FreshSirets sirets = new FreshSirets(99_200_000_000_000L);

    @BeforeAll
    void startsThePlatformAndMakesDataToAttack() throws Exception {
        platform.forgetEarlierRuns();
        Run up = platform.marketplace("up");
        assertThat(up.exit()).as(up.output()).isZero();
        gateway = platform.gateway();

        shortLived = shortLivedUserToken();
        shortLivedIssuedAt = Instant.now();
        buyer = platform.token(DemoUsers.BUYER);
        otherBuyer = platform.token(DemoUsers.OTHER_BUYER);
        supplier = platform.token(DemoUsers.SUPPLIER);
        otherSupplier = platform.token(DemoUsers.OTHER_SUPPLIER);
        admin = platform.token(DemoUsers.ADMIN);

        String adaptedName = "Entreprise Adaptée OWASP " + System.nanoTime();
        adaptedCompany = registered(supplier, adaptedName, "EA");
        verified(adaptedCompany);
        insertionCompany = registered(supplier, "Chantier d'insertion OWASP", "ACI");
        verified(insertionCompany);
        pendingCooperative = registered(otherSupplier, "SCOP en attente OWASP", "SCOP");
        awaitIndexed(adaptedCompany, adaptedName);

        draftTender = createdTender(buyer, "Marché en brouillon", Instant.now().plus(30, ChronoUnit.DAYS));
        submittedTender = createdTender(buyer, "Marché soumis", Instant.now().plus(30, ChronoUnit.DAYS));
        ok(TenderSubmissions.submitWithReasons(gateway, buyer, "/api/v1/tenders/" + submittedTender));
        publishedTender = newPublishedTender("Entretien des locaux OWASP");

        Response bidden = gateway.sendWithHeaders("POST", tender(publishedTender) + "/bids", supplier, """
                {"supplierId": "%s", "offers": [{"lotNumber": 1, "amount": 85000.00}]}""".formatted(adaptedCompany),
                Map.of("Idempotency-Key", "owasp-" + publishedTender));
        assertThat(bidden.status()).as(bidden.body()).isEqualTo(201);
        bid = bidden.json().get("id").asString();
        Response uploaded = gateway.upload(tender(publishedTender) + "/bids/" + bid + "/documents", supplier,
                "memoire-technique.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        bidDocument = uploaded.json().get("id").asString();
        ok(gateway.send("PUT", tender(publishedTender) + "/interest", supplier,
                "{\"level\": \"INTERESTED\", \"lots\": [1]}", null));

        Response formed = gateway.send("POST", "/api/v1/consortia", supplier, """
                {"tenderId": "%s", "lots": [1, 2], "form": "CONJOINT", "leadSupplierId": "%s", "leadLots": [1],
                 "leadWork": "Nettoyage", "leadShare": 50}""".formatted(publishedTender, adaptedCompany), null);
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        groupement = formed.json().get("id").asString();
        ok(gateway.send("POST", consortium() + "/members", supplier, """
                {"supplierId": "%s", "role": "MEMBER", "lots": [2], "work": "Vitrerie", "share": 50}"""
                .formatted(insertionCompany), formed.header("ETag")));
        Response message = gateway.send("POST", consortium() + "/messages", supplier, "{\"text\": \"Bonjour\"}", null);
        assertThat(message.status()).as(message.body()).isEqualTo(201);

        notification = awaitNotification(supplier);
    }

    @AfterAll
    void stopsThePlatform() throws Exception {
        platform.marketplace("down");
    }

    // ---------------------------------------------------------------- API1: broken object level authorization

    @Test
    @Order(1)
    void another_supplier_a_buyer_and_anonymous_cannot_read_or_change_a_suppliers_private_profile() {
        String before = supplierAsMember(adaptedCompany);
        String etag = gateway.get("/api/v1/suppliers/" + adaptedCompany, supplier).header("ETag");
        String path = "/api/v1/suppliers/" + adaptedCompany;
        List<Attack> attacks = List.of(
                new Attack("PUT", path, profile("Repris par un autre", "EA"), etag),
                new Attack("GET", path + "/audit", null, null),
                new Attack("POST", path + "/members", "{\"userId\": \"" + subjectOf(otherSupplier) + "\"}", etag),
                new Attack("DELETE", path + "/members/" + subjectOf(supplier), null, etag),
                new Attack("GET", "/api/v1/suppliers/" + pendingCooperative, null, null));

        SoftAssertions softly = new SoftAssertions();
        for (Attack attack : attacks) {
            for (Caller caller : List.of(otherSupplierCaller(), otherBuyerCaller(), anonymous())) {
                if (attack.path().contains(pendingCooperative) && caller.name().equals("fournisseur2")) {
                    continue; // its own
                }
                expectDenied(softly, attack, caller);
            }
        }
        Response publicView = gateway.get(path, otherSupplier);
        softly.assertThat(publicView.status()).as("the public profile of a verified supplier").isEqualTo(200);
        softly.assertThat(publicView.json().has("memberIds")).as("members are private").isFalse();
        softly.assertThat(publicView.json().has("version")).as("the version is the members'").isFalse();
        softly.assertThat(gateway.get(path, null).json().path("profile").path("contacts"))
                .as("contacts are for signed-in users only").isEmpty();
        softly.assertThat(supplierAsMember(adaptedCompany)).as("the supplier as its member reads it").isEqualTo(before);
        softly.assertThat(gateway.get("/api/v1/suppliers?status=PENDING", otherBuyer).status())
                .as("only facilitators list pending suppliers").isIn(400, 403);
        softly.assertThat(gateway.get("/api/v1/suppliers?size=100", null).body()).as("pending: not listed")
                .doesNotContain(pendingCooperative);
        softly.assertAll();
    }

    @Test
    @Order(2)
    void another_buyer_a_supplier_and_anonymous_cannot_read_or_change_a_buyers_tender_bids_award_or_interest_report() {
        String draftBefore = asJson(gateway.get(tender(draftTender), buyer));
        String publishedBefore = asJson(gateway.get(tender(publishedTender), buyer));
        String bidBefore = asJson(gateway.get(tender(publishedTender) + "/bids/" + bid, supplier));
        String draftETag = gateway.get(tender(draftTender), buyer).header("ETag");
        String publishedETag = gateway.get(tender(publishedTender), buyer).header("ETag");
        String bids = tender(publishedTender) + "/bids";
        List<Attack> onTheTenders = List.of(
                new Attack("GET", tender(draftTender), null, null),
                new Attack("PUT", tender(draftTender), tenderBody("Brouillon repris", Instant.now().plus(9, ChronoUnit.DAYS)),
                        draftETag),
                new Attack("POST", tender(draftTender) + "/submit", null, null),
                new Attack("POST", tender(draftTender) + "/cancel", "{\"reason\": \"pirate\"}", null),
                new Attack("GET", tender(draftTender) + "/documents", null, null),
                new Attack("PUT", tender(publishedTender), tenderBody("Publié repris", Instant.now().plus(9, ChronoUnit.DAYS)),
                        publishedETag),
                new Attack("POST", tender(publishedTender) + "/cancel", "{\"reason\": \"pirate\"}", null),
                new Attack("GET", tender(publishedTender) + "/interest", null, null),
                new Attack("POST", tender(publishedTender) + "/lots/1/award", "{\"bidId\": \"" + bid + "\"}", null));
        List<Attack> onTheBid = List.of(
                new Attack("GET", bids + "/" + bid, null, null),
                new Attack("POST", bids + "/" + bid + "/withdraw", null, null),
                new Attack("GET", bids + "/" + bid + "/documents", null, null),
                new Attack("GET", bids + "/" + bid + "/documents/" + bidDocument, null, null));

        SoftAssertions softly = new SoftAssertions();
        for (Caller caller : List.of(otherBuyerCaller(), supplierCaller(), anonymous())) {
            onTheTenders.forEach(attack -> expectDenied(softly, attack, caller));
        }
        for (Caller caller : List.of(otherBuyerCaller(), otherSupplierCaller(), anonymous())) {
            onTheBid.forEach(attack -> expectDenied(softly, attack, caller));
            Response list = gateway.get(bids, caller.token());
            softly.assertThat(list.status()).as("the bids listed to %s: %s", caller.name(), list.body())
                    .isIn(caller.token() == null ? List.of(401, 404) : List.of(200, 403, 404));
            softly.assertThat(list.body()).as("the bids listed to %s (only theirs)", caller.name()).doesNotContain(bid)
                    .doesNotContain(adaptedCompany);
            Response upload = gateway.upload(bids + "/" + bid + "/documents", caller.token(), "piege.pdf",
                    "application/pdf", PDF);
            expectDenied(softly, "upload a document to the bid", upload, caller);
        }
        Response bidForAnother = gateway.sendWithHeaders("POST", bids, otherSupplier, """
                {"supplierId": "%s", "offers": [{"lotNumber": 2, "amount": 1.00}]}""".formatted(adaptedCompany),
                Map.of("Idempotency-Key", "owasp-not-mine"));
        softly.assertThat(bidForAnother.status()).as("a bid in the name of another's supplier: " + bidForAnother.body())
                .isIn(403, 404);

        softly.assertThat(asJson(gateway.get(tender(draftTender), buyer))).as("the draft").isEqualTo(draftBefore);
        softly.assertThat(asJson(gateway.get(tender(publishedTender), buyer))).as("the published tender")
                .isEqualTo(publishedBefore);
        softly.assertThat(asJson(gateway.get(bids + "/" + bid, supplier))).as("the bid, as its supplier reads it")
                .isEqualTo(bidBefore);
        Response documents = gateway.get(bids + "/" + bid + "/documents", supplier);
        softly.assertThat(documents.json()).as(documents.body()).hasSize(1);
        softly.assertAll();
    }

    @Test
    @Order(3)
    void another_supplier_a_buyer_and_anonymous_cannot_read_or_act_in_a_groupement() {
        String before = asJson(gateway.get(consortium(), supplier));
        String etag = gateway.get(consortium(), supplier).header("ETag");
        List<Attack> attacks = List.of(
                new Attack("GET", consortium(), null, null),
                new Attack("POST", consortium() + "/members", """
                        {"supplierId": "%s", "role": "MEMBER", "lots": [2], "share": 10}""".formatted(pendingCooperative),
                        etag),
                new Attack("POST", consortium() + "/members/" + insertionCompany + "/answer",
                        "{\"accept\": true, \"grantHabilitation\": true}", etag),
                new Attack("POST", consortium() + "/members/" + adaptedCompany + "/leave", null, etag),
                new Attack("POST", consortium() + "/lead", "{\"supplierId\": \"" + insertionCompany + "\"}", etag),
                new Attack("GET", consortium() + "/messages", null, null),
                new Attack("POST", consortium() + "/messages", "{\"text\": \"Intrus\"}", null),
                new Attack("GET", consortium() + "/suggestions", null, null),
                new Attack("GET", consortium() + "/change-requests", null, null),
                new Attack("POST", consortium() + "/submit",
                        "{\"offers\": [{\"lotNumber\": 1, \"amount\": 1}, {\"lotNumber\": 2, \"amount\": 1}]}", etag));

        SoftAssertions softly = new SoftAssertions();
        for (Caller caller : List.of(otherSupplierCaller(), otherBuyerCaller(), anonymous())) {
            attacks.forEach(attack -> expectDenied(softly, attack, caller));
        }
        softly.assertThat(asJson(gateway.get(consortium(), supplier))).as("the groupement, as its lead reads it")
                .isEqualTo(before);
        softly.assertThat(gateway.get(consortium() + "/messages", supplier).json().get("totalElements").asLong())
                .as("no message was added").isEqualTo(1);
        softly.assertThat(gateway.get("/api/v1/consortia", otherSupplier).body()).as("not in a stranger's list")
                .doesNotContain(groupement);
        softly.assertAll();
    }

    @Test
    @Order(4)
    void another_user_cannot_mark_a_users_notification_read() {
        SoftAssertions softly = new SoftAssertions();
        for (Caller caller : List.of(otherSupplierCaller(), buyerCaller(), anonymous())) {
            expectDenied(softly, new Attack("POST", "/api/v1/notifications/" + notification + "/read", null, null), caller);
            softly.assertThat(gateway.get("/api/v1/notifications?size=100", caller.token()).body())
                    .as("%s's feed", caller.name()).doesNotContain(notification);
        }
        softly.assertThat(unread(supplier, notification)).as("still unread for its user").isTrue();
        softly.assertAll();
    }

    // ---------------------------------------------------------------- API5: broken function level authorization

    @Test
    @Order(5)
    void only_facilitators_verify_reject_delist_or_merge_suppliers_and_publish_or_reject_tenders() {
        String suppliers = "/api/v1/suppliers/";
        List<Attack> facilitatorsOnly = List.of(
                new Attack("POST", suppliers + pendingCooperative + "/verify", "{\"reason\": \"moi-même\"}", null),
                new Attack("POST", suppliers + pendingCooperative + "/reject", "{\"reason\": \"concurrent\"}", null),
                new Attack("POST", suppliers + adaptedCompany + "/delist", "{\"reason\": \"concurrent\"}", null),
                new Attack("POST", suppliers + pendingCooperative + "/merge",
                        "{\"into\": \"" + adaptedCompany + "\", \"reason\": \"doublon\"}", null),
                new Attack("POST", suppliers + adaptedCompany + "/merge",
                        "{\"into\": \"" + insertionCompany + "\", \"reason\": \"doublon\"}", null),
                new Attack("POST", tender(submittedTender) + "/publish", null, null),
                new Attack("POST", tender(submittedTender) + "/reject", "{\"reason\": \"non\"}", null),
                new Attack("POST", "/api/v1/search/indices/suppliers/reindex", null, null),
                new Attack("POST", "/api/v1/search/indices/tenders/reindex", null, null));

        SoftAssertions softly = new SoftAssertions();
        for (Caller caller : List.of(buyerCaller(), supplierCaller(), otherSupplierCaller(), anonymous())) {
            facilitatorsOnly.forEach(attack -> expectDenied(softly, attack, caller, 403));
        }
        softly.assertThat(gateway.get(suppliers + pendingCooperative, admin).json().get("status").asString())
                .isEqualTo("PENDING");
        softly.assertThat(gateway.get(suppliers + adaptedCompany, admin).json().get("status").asString())
                .isEqualTo("VERIFIED");
        softly.assertThat(gateway.get(suppliers + adaptedCompany, admin).json().has("mergedInto")).isFalse();
        softly.assertThat(gateway.get(tender(submittedTender), buyer).json().get("status").asString())
                .isEqualTo("SUBMITTED");
        Response reindex = gateway.get("/api/v1/search/indices/suppliers/reindex", admin);
        softly.assertThat(reindex.status()).as("no reindex was started: " + reindex.body()).isIn(200, 404);
        if (reindex.status() == 200) {
            softly.assertThat(reindex.json().path("state").asString()).isNotEqualTo("RUNNING");
        }
        softly.assertAll();
    }

    @Test
    @Order(6)
    void only_buyers_create_tenders_and_only_the_tenders_buyer_awards() {
        String body = tenderBody("Marché d'un fournisseur", Instant.now().plus(10, ChronoUnit.DAYS));
        SoftAssertions softly = new SoftAssertions();
        for (Caller caller : List.of(supplierCaller(), adminCaller(), anonymous())) {
            expectDenied(softly, new Attack("POST", "/api/v1/tenders", body, null), caller, 403);
            expectDenied(softly, new Attack("POST", tender(publishedTender) + "/lots/1/award",
                    "{\"bidId\": \"" + bid + "\"}", null), caller);
        }
        softly.assertThat(gateway.get("/api/v1/tenders?size=100", admin).body()).as("no tender was created")
                .doesNotContain("Marché d'un fournisseur");
        softly.assertThat(gateway.get(tender(publishedTender) + "/bids/" + bid, supplier).json().get("status").asString())
                .as("the bid is not awarded").isEqualTo("PENDING");
        softly.assertAll();
    }

    @Test
    @Order(7)
    void user_tokens_cannot_call_internal_endpoints_even_at_the_services_ports() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> internal = Map.of(
                "SUPPLIER_SERVICE_PORT", "/internal/suppliers",
                "TENDER_SERVICE_PORT", "/internal/tenders",
                "SEARCH_SERVICE_PORT", "/internal/notifications");
        internal.forEach((port, path) -> {
            for (String token : List.of(supplier, buyer, admin)) {
                String method = path.contains("notifications") ? "POST" : "GET";
                Response response = new ApiClient(platform.port(port)).send(method, path, token,
                        method.equals("POST") ? "{}" : null, null);
                softly.assertThat(response.status()).as("%s %s at %s with a user token: %s", method, path, port,
                        response.body()).isIn(401, 403);
            }
        });
        softly.assertAll();
    }

    @Test
    @Order(20)
    void each_internal_endpoint_serves_only_the_services_that_call_it() {
        Map<String, String> services = new LinkedHashMap<>();
        for (String service : List.of("supplier-service", "tender-service", "consortium-service", "search-service")) {
            services.put(service, platform.clientToken(service, DemoUsers.serviceClientSecret(service)));
        }
        ApiClient supplierService = new ApiClient(platform.port("SUPPLIER_SERVICE_PORT"));
        ApiClient tenderService = new ApiClient(platform.port("TENDER_SERVICE_PORT"));
        ApiClient searchService = new ApiClient(platform.port("SEARCH_SERVICE_PORT"));
        String bidders = "/internal/tenders/" + publishedTender + "/bidders?supplierId=" + adaptedCompany;
        SoftAssertions softly = new SoftAssertions();
        // Who bids on a tender is consortium-service's to ask (R2142-21 checks), before the deadline too.
        softly.assertThat(tenderService.get(bidders, services.get("consortium-service")).status())
                .as("consortium-service reads who bids").isEqualTo(200);
        for (String other : List.of("supplier-service", "search-service")) {
            softly.assertThat(tenderService.get(bidders, services.get(other)).status())
                    .as("%s reads who bids", other).isEqualTo(403);
        }
        // Only search-service reads the owners' feeds to rebuild its indices.
        softly.assertThat(supplierService.get("/internal/suppliers?size=1", services.get("search-service")).status())
                .as("search-service reads the suppliers' feed").isEqualTo(200);
        softly.assertThat(supplierService.get("/internal/suppliers?size=1", services.get("tender-service")).status())
                .as("tender-service reads the suppliers' feed").isEqualTo(403);
        softly.assertThat(tenderService.get("/internal/tenders?size=1", services.get("consortium-service")).status())
                .as("consortium-service reads the tenders' feed").isEqualTo(403);
        // Each index is written by its owner only; notifications come from tender- and consortium-service.
        softly.assertThat(searchService.send("DELETE", "/internal/index/suppliers/" + adaptedCompany,
                services.get("tender-service"), null, null).status()).as("tender-service removes a supplier from search")
                .isEqualTo(403);
        softly.assertThat(searchService.send("DELETE", "/internal/index/tenders/" + publishedTender,
                services.get("supplier-service"), null, null).status()).as("supplier-service removes a tender from search")
                .isEqualTo(403);
        softly.assertThat(searchService.send("POST", "/internal/notifications", services.get("supplier-service"),
                "{\"notifications\": []}", null).status()).as("supplier-service notifies users").isEqualTo(403);
        // A joint bid names a groupement: only consortium-service submits it, on the lead's behalf.
        softly.assertThat(tenderService.sendWithHeaders("POST", tender(publishedTender) + "/bids",
                services.get("search-service"), """
                {"consortiumId": "%s", "members": [{"supplierId": "%s", "role": "LEAD", "lots": [1]}],
                 "offers": [{"lotNumber": 1, "amount": 1.00}]}""".formatted(groupement, adaptedCompany),
                Map.of("Idempotency-Key", "owasp-joint-" + publishedTender)).status())
                .as("search-service submits a joint bid").isEqualTo(403);
        softly.assertThat(gateway.get(tender(publishedTender), buyer).json().path("status").asString())
                .as("the tender is untouched").isEqualTo("PUBLISHED");
        softly.assertThat(gateway.get("/api/v1/search/suppliers?size=100&q=OWASP", null).body())
                .as("the supplier is still in search").contains(adaptedCompany);
        softly.assertAll();
    }

    @Test
    @Order(20)
    void a_verified_supplier_that_changes_its_kinds_or_name_is_seen_and_bids_as_verified_until_a_facilitator_approves() {
        String path = "/api/v1/suppliers/" + insertionCompany;
        Response before = gateway.get(path, supplier);
        Response changed = gateway.send("PUT", path, supplier, profile("Entreprise adaptée auto-proclamée", "ESAT"),
                before.header("ETag"));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        softly.assertThat(changed.json().path("pendingChanges").toString()).as("waits for a facilitator")
                .contains("kinds", "legalName");
        Response publicView = gateway.get(path, null);
        softly.assertThat(publicView.json().path("profile").path("kinds").toString()).as("seen by others")
                .isEqualTo("[\"ACI\"]");
        softly.assertThat(publicView.json().path("profile").path("legalName").asString())
                .isEqualTo("Chantier d'insertion OWASP");
        Response asTenderer = new ApiClient(platform.port("SUPPLIER_SERVICE_PORT")).get(
                "/internal/suppliers/" + insertionCompany + "/tenderer",
                platform.clientToken("tender-service", DemoUsers.serviceClientSecret("tender-service")));
        softly.assertThat(asTenderer.json().path("kinds").toString()).as("what reserved lots check")
                .isEqualTo("[\"ACI\"]");
        softly.assertAll();
    }

    @Test
    @Order(20)
    void an_invited_supplier_sees_the_groupement_it_is_invited_to_but_not_its_messages_or_change_requests() {
        String cooperative = registered(otherSupplier, "SCOP invitée OWASP", "SCOP");
        verified(cooperative);
        Response invited = gateway.send("POST", consortium() + "/members", supplier, """
                {"supplierId": "%s", "role": "SUBCONTRACTOR", "work": "Vitrerie"}""".formatted(cooperative),
                gateway.get(consortium(), supplier).header("ETag"));
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);

        SoftAssertions softly = new SoftAssertions();
        Response invitation = gateway.get(consortium(), otherSupplier);
        softly.assertThat(invitation.status()).as("its invitation").isEqualTo(200);
        softly.assertThat(invitation.json().path("tenderId").asString()).isEqualTo(publishedTender);
        softly.assertThat(gateway.get(consortium() + "/messages", otherSupplier).status()).as("messages").isEqualTo(404);
        softly.assertThat(gateway.send("POST", consortium() + "/messages", otherSupplier, "{\"text\": \"?\"}", null)
                .status()).as("writing a message").isEqualTo(404);
        softly.assertThat(gateway.get(consortium() + "/change-requests", otherSupplier).status())
                .as("change requests").isEqualTo(404);
        softly.assertAll();
    }

    @Test
    @Order(20)
    void the_open_data_export_lists_no_bid_nor_its_price_before_the_award() {
        Response ocds = gateway.get(tender(publishedTender) + "/ocds", null);

        assertThat(ocds.status()).as(ocds.body()).isEqualTo(200);
        assertThat(ocds.body()).as("losing prices are business secrets").doesNotContain("85000", bid, adaptedCompany);
    }

    @Test
    @Order(20)
    void a_partner_and_the_leads_own_users_cannot_withdraw_or_complete_a_joint_bid_behind_the_groupements_back()
            throws Exception {
        String partnerCooperative = registered(otherSupplier, "SCOP partenaire OWASP", "SCOP");
        verified(partnerCooperative);
        String jointTender = newPublishedTender("Entretien des gymnases OWASP");
        Response formed = gateway.send("POST", "/api/v1/consortia", supplier, """
                {"tenderId": "%s", "lots": [1, 2], "form": "CONJOINT", "leadSupplierId": "%s", "leadLots": [1],
                 "leadWork": "Nettoyage", "leadShare": 60}""".formatted(jointTender, adaptedCompany), null);
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        String joint = "/api/v1/consortia/" + formed.json().get("id").asString();
        Response invited = gateway.send("POST", joint + "/members", supplier, """
                {"supplierId": "%s", "role": "MEMBER", "lots": [2], "work": "Vitrerie", "share": 40}"""
                .formatted(partnerCooperative), formed.header("ETag"));
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        Response accepted = gateway.send("POST", joint + "/members/" + partnerCooperative + "/answer", otherSupplier,
                "{\"accept\": true, \"grantHabilitation\": true}", invited.header("ETag"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        Response submitted = gateway.send("POST", joint + "/submit", supplier,
                "{\"offers\": [{\"lotNumber\": 1, \"amount\": 51000}, {\"lotNumber\": 2, \"amount\": 29000}]}",
                accepted.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isIn(200, 202);
        String jointBid = awaitJointBid(joint);
        String jointBidPath = tender(jointTender) + "/bids/" + jointBid;

        SoftAssertions softly = new SoftAssertions();
        for (Caller caller : List.of(otherSupplierCaller(), supplierCaller())) {
            expectDenied(softly, new Attack("POST", jointBidPath + "/withdraw", null, null), caller);
            expectDenied(softly, "adding a document", gateway.upload(jointBidPath + "/documents", caller.token(),
                    "avenant.pdf", "application/pdf", PDF), caller);
        }
        Response bidNow = gateway.get(jointBidPath, supplier);
        softly.assertThat(bidNow.status()).as(bidNow.body()).isEqualTo(200);
        softly.assertThat(bidNow.json().path("status").asString()).as("the joint bid stands").isEqualTo("PENDING");
        softly.assertThat(gateway.get(jointBidPath + "/documents", supplier).json()).as("no document slipped in")
                .isEmpty();
        softly.assertThat(gateway.get(joint, supplier).json().path("status").asString()).as("the groupement")
                .isEqualTo("SUBMITTED");
        softly.assertAll();
    }

    @Test
    @Order(20)
    void a_user_removed_from_a_supplier_no_longer_reads_or_withdraws_its_bids_nor_acts_in_its_groupements() {
        // A groupement of its own (fournisseur2 is invited to the shared one by another case).
        Response formed = gateway.send("POST", "/api/v1/consortia", supplier, """
                {"tenderId": "%s", "lots": [1], "form": "CONJOINT", "leadSupplierId": "%s", "leadLots": [1],
                 "leadWork": "Nettoyage", "leadShare": 100}"""
                .formatted(newPublishedTender("Entretien des crèches OWASP"), adaptedCompany), null);
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        String ownGroupement = "/api/v1/consortia/" + formed.json().get("id").asString();
        String colleague = subjectOf(otherSupplier);
        String members = "/api/v1/suppliers/" + adaptedCompany + "/members";
        ok(gateway.send("POST", members, supplier, "{\"userId\": \"" + colleague + "\"}", null));
        String bidPath = tender(publishedTender) + "/bids/" + bid;
        assertThat(gateway.get(bidPath, otherSupplier).status()).as("a member reads the bid").isEqualTo(200);
        assertThat(gateway.get(ownGroupement, otherSupplier).status()).as("and the groupement").isEqualTo(200);

        Response removed = gateway.send("DELETE", members + "/" + colleague, supplier, null, null);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);

        SoftAssertions softly = new SoftAssertions();
        Caller formerMember = new Caller("fournisseur2, removed", otherSupplier);
        String etag = gateway.get(ownGroupement, supplier).header("ETag");
        List<Attack> attacks = List.of(
                new Attack("GET", bidPath, null, null),
                new Attack("GET", bidPath + "/documents", null, null),
                new Attack("POST", bidPath + "/withdraw", null, null),
                new Attack("GET", ownGroupement, null, null),
                new Attack("GET", ownGroupement + "/messages", null, null),
                new Attack("POST", ownGroupement + "/messages", "{\"text\": \"Je suis encore là\"}", null),
                new Attack("POST", ownGroupement + "/members", """
                        {"supplierId": "%s", "role": "MEMBER", "lots": [1], "share": 10}""".formatted(pendingCooperative),
                        etag));
        attacks.forEach(attack -> expectDenied(softly, attack, formerMember));
        softly.assertThat(gateway.get(bidPath, supplier).json().path("status").asString()).as("the bid stands")
                .isEqualTo("PENDING");
        softly.assertThat(gateway.get(ownGroupement, supplier).header("ETag")).as("the groupement is untouched")
                .isEqualTo(etag);
        softly.assertAll();
    }

    // ---------------------------------------------------------------- API3: broken object property level authorization

    @Test
    @Order(8)
    void a_supplier_cannot_set_its_status_members_version_or_id_when_registering_or_updating() {
        String siret = sirets.next();
        Response registered = gateway.send("POST", "/api/v1/suppliers", otherSupplier, """
                {"siret": "%s", "id": "attacker-chosen-id", "status": "VERIFIED", "verified": true,
                 "memberIds": ["%s"], "version": 99, "origin": "IMPORT", "registeredAt": "2000-01-01T00:00:00Z",
                 "mergedInto": "%s", "profile": %s}""".formatted(siret, subjectOf(supplier), adaptedCompany,
                profile("Structure qui se vérifie seule", "ESAT")), null);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(registered.status()).as(registered.body()).isIn(201, 400);
        if (registered.status() == 201) {
            String id = registered.json().get("id").asString();
            JsonNode stored = gateway.get("/api/v1/suppliers/" + id, admin).json();
            softly.assertThat(id).isNotEqualTo("attacker-chosen-id");
            softly.assertThat(stored.get("status").asString()).isEqualTo("PENDING");
            softly.assertThat(stored.get("memberIds").valueStream().map(JsonNode::asString).toList())
                    .containsExactly(subjectOf(otherSupplier));
            softly.assertThat(stored.get("version").asLong()).isNotEqualTo(99);
            softly.assertThat(stored.has("mergedInto")).isFalse();
            softly.assertThat(stored.get("registeredAt").asString()).doesNotStartWith("2000");
            softly.assertThat(gateway.get("/api/v1/suppliers/" + id, null).status()).as("not public").isEqualTo(404);
        } else {
            softly.assertThat(registered.body()).as("names the field").containsPattern("status|verified|memberIds|version");
        }

        Response current = gateway.get("/api/v1/suppliers/" + adaptedCompany, supplier);
        String profile = profile("Entreprise Adaptée OWASP renommée", "EA");
        Response updated = gateway.send("PUT", "/api/v1/suppliers/" + adaptedCompany, supplier,
                profile.substring(0, profile.length() - 1) + """
                , "status": "DELISTED", "siret": "%s", "memberIds": ["%s"], "version": 1, "id": "x",
                  "statusReason": "self"}""".formatted(siret, subjectOf(otherSupplier)), current.header("ETag"));
        softly.assertThat(updated.status()).as(updated.body()).isIn(200, 400);
        JsonNode stored = gateway.get("/api/v1/suppliers/" + adaptedCompany, supplier).json();
        softly.assertThat(stored.get("status").asString()).isEqualTo("VERIFIED");
        softly.assertThat(stored.get("siret").asString()).isEqualTo(current.json().get("siret").asString());
        softly.assertThat(stored.get("memberIds").valueStream().map(JsonNode::asString).toList())
                .containsExactly(subjectOf(supplier));
        softly.assertThat(stored.get("id").asString()).isEqualTo(adaptedCompany);
        softly.assertAll();
    }

    @Test
    @Order(9)
    void a_buyer_cannot_set_a_tenders_status_buyer_body_version_dates_or_id() {
        String body = tenderBody("Marché qui se publie seul", Instant.now().plus(20, ChronoUnit.DAYS));
        String forged = body.substring(0, body.length() - 1) + """
                , "id": "attacker-chosen-id", "status": "PUBLISHED", "buyerSiret": "20004697700019", "version": 42,
                  "createdAt": "2000-01-01T00:00:00Z", "publishedAt": "2000-01-01T00:00:00Z", "statusReason": "ok"}""";
        SoftAssertions softly = new SoftAssertions();
        Response created = gateway.send("POST", "/api/v1/tenders", buyer, forged, null);
        softly.assertThat(created.status()).as(created.body()).isIn(201, 400);
        if (created.status() == 201) {
            String id = created.json().get("id").asString();
            softly.assertThat(id).isNotEqualTo("attacker-chosen-id");
            JsonNode stored = gateway.get(tender(id), buyer).json();
            softly.assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
            softly.assertThat(stored.get("buyerSiret").asString()).isEqualTo("21690123100011");
            softly.assertThat(stored.get("version").asLong()).isNotEqualTo(42);
            softly.assertThat(stored.has("publishedAt")).isFalse();
            softly.assertThat(stored.get("createdAt").asString()).doesNotStartWith("2000");
            softly.assertThat(gateway.get(tender(id), null).status()).as("not public").isIn(401, 404);
            softly.assertThat(gateway.get(tender(id), otherBuyer).status()).as("not the other buyer's").isIn(403, 404);
        }

        Response current = gateway.get(tender(draftTender), buyer);
        Response updated = gateway.send("PUT", tender(draftTender), buyer, forged, current.header("ETag"));
        softly.assertThat(updated.status()).as(updated.body()).isIn(200, 400);
        JsonNode stored = gateway.get(tender(draftTender), buyer).json();
        softly.assertThat(stored.get("id").asString()).isEqualTo(draftTender);
        softly.assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
        softly.assertThat(stored.get("buyerSiret").asString()).isEqualTo("21690123100011");
        softly.assertThat(stored.has("publishedAt")).isFalse();
        softly.assertAll();
    }

    @Test
    @Order(10)
    void a_bidder_and_a_groupement_lead_cannot_set_statuses_awards_members_or_versions() {
        SoftAssertions softly = new SoftAssertions();
        Response bidden = gateway.sendWithHeaders("POST", tender(publishedTender) + "/bids", supplier, """
                {"supplierId": "%s", "offers": [{"lotNumber": 2, "amount": 20000.00}], "id": "attacker-chosen-id",
                 "status": "AWARDED", "awarded": true, "awardedLots": [2], "version": 9, "tenderId": "%s",
                 "submittedAt": "2000-01-01T00:00:00Z"}""".formatted(insertionCompany, draftTender),
                Map.of("Idempotency-Key", "owasp-forged-" + publishedTender));
        softly.assertThat(bidden.status()).as(bidden.body()).isIn(201, 400);
        if (bidden.status() == 400) {
            softly.assertThat(bidden.body()).as("names the field").containsPattern("status|awarded|version|id");
        }
        if (bidden.status() == 201) {
            String id = bidden.json().get("id").asString();
            softly.assertThat(id).isNotEqualTo("attacker-chosen-id");
            JsonNode stored = gateway.get(tender(publishedTender) + "/bids/" + id, supplier).json();
            softly.assertThat(stored.get("status").asString()).isEqualTo("PENDING");
            softly.assertThat(stored.toString()).doesNotContain("2000-01-01");
            softly.assertThat(gateway.get(tender(draftTender) + "/bids/" + id, supplier).status())
                    .as("the bid is on the tender of the path").isIn(403, 404, 409);
        }

        Response formed = gateway.send("POST", "/api/v1/consortia", supplier, """
                {"tenderId": "%s", "lots": [1, 2], "form": "SOLIDAIRE", "leadSupplierId": "%s", "leadLots": [1, 2],
                 "leadShare": 100, "id": "attacker-chosen-id", "status": "SUBMITTED", "version": 7,
                 "members": [{"supplierId": "%s", "role": "MEMBER", "status": "ACCEPTED", "share": 50}]}"""
                .formatted(publishedTender, insertionCompany, pendingCooperative), null);
        softly.assertThat(formed.status()).as(formed.body()).isIn(201, 400);
        if (formed.status() == 201) {
            String id = formed.json().get("id").asString();
            softly.assertThat(id).isNotEqualTo("attacker-chosen-id");
            JsonNode stored = gateway.get("/api/v1/consortia/" + id, supplier).json();
            softly.assertThat(stored.get("status").asString()).isEqualTo("FORMING");
            softly.assertThat(stored.get("members").findValuesAsString("supplierId")).containsExactly(insertionCompany);
            Response invited = gateway.send("POST", "/api/v1/consortia/" + id + "/members", supplier, """
                    {"supplierId": "%s", "role": "MEMBER", "lots": [2], "share": 10, "status": "ACCEPTED",
                     "habilitationGranted": true}""".formatted(adaptedCompany), gateway.get("/api/v1/consortia/" + id,
                    supplier).header("ETag"));
            softly.assertThat(invited.status()).as(invited.body()).isIn(200, 400);
            JsonNode member = null;
            for (JsonNode candidate : gateway.get("/api/v1/consortia/" + id, supplier).json().get("members")) {
                if (candidate.get("supplierId").asString().equals(adaptedCompany)) {
                    member = candidate;
                }
            }
            if (invited.status() == 200) {
                softly.assertThat(member).isNotNull();
                softly.assertThat(member.get("status").asString()).as("an invitation is answered by the invited")
                        .isEqualTo("INVITED");
                softly.assertThat(member.get("habilitationGranted").asBoolean()).isFalse();
            }
        }
        softly.assertAll();
    }

    // ---------------------------------------------------------------- API4: unrestricted resource consumption

    @Test
    @Order(11)
    void addresses_and_query_parameters_that_are_not_utf8_get_400_problem_json_naming_the_parameter() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("/api/v1/search/tenders?q=%ff", "q");
        broken.put("/api/v1/search/suppliers?q=%C3%28", "q");
        broken.put("/api/v1/tenders?cpv=%ff", "cpv");
        broken.put("/api/v1/suppliers?department=%ff", "department");
        broken.put("/api/v1/search/autocomplete?q=%ff", "q");
        broken.put("/api/v1/search/suppliers?near=%ff", "near");
        broken.put("/api/v1/search/tenders?q=nettoyage%00", "q");
        broken.forEach((path, parameter) -> {
            Response response = gateway.get(path, null);
            softly.assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(400);
            softly.assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            softly.assertThat(response.body()).as(path).contains("\"field\":\"" + parameter + "\"");
        });
        // Refused by Tomcat before Spring: problem+json too, not Tomcat's HTML page.
        for (String path : List.of("/api/v1/tenders/%ff", "/api/v1/suppliers/%C3%28")) {
            Response response = gateway.get(path, null);
            softly.assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(400);
            softly.assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        softly.assertAll();
    }

    @Test
    @Order(11)
    void pages_larger_than_100_are_refused_naming_size() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/api/v1/suppliers?size=101", null);
        pages.put("/api/v1/suppliers/mine?size=101", supplier);
        pages.put("/api/v1/tenders?size=101", null);
        pages.put("/api/v1/tenders/mine?size=1000", buyer);
        pages.put("/api/v1/search/suppliers?q=nettoyage&size=101", null);
        pages.put("/api/v1/search/tenders?size=101", null);
        pages.put("/api/v1/consortia?size=101", supplier);
        pages.put("/api/v1/consortia/" + groupement + "/messages?size=101", supplier);
        pages.put("/api/v1/notifications?size=100000", supplier);
        pages.forEach((path, token) -> {
            Response response = gateway.get(path, token);
            softly.assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(400);
            softly.assertThat(response.body()).as(path).contains("size");
        });
        softly.assertAll();
    }

    @Test
    @Order(12)
    void a_2_mib_json_body_is_refused_with_413_at_the_gateway_and_at_a_service_and_nothing_is_stored() throws Exception {
        String huge = profile("x".repeat(2 * 1024 * 1024), "EA");
        String body = "{\"siret\": \"" + sirets.next() + "\", \"profile\": " + huge + "}";
        long before = gateway.get("/api/v1/suppliers/mine", otherSupplier).json().get("totalElements").asLong();
        SoftAssertions softly = new SoftAssertions();

        Response sized = gateway.send("POST", "/api/v1/suppliers", otherSupplier, body, null);
        softly.assertThat(sized.status()).as("with a Content-Length, at the gateway").isEqualTo(413);
        HttpResponse<String> chunked;
        try {
            chunked = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + platform.port("GATEWAY_PORT") + "/api/v1/suppliers"))
                .header("Authorization", "Bearer " + otherSupplier).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
            softly.assertThat(chunked.statusCode()).as("chunked, at the gateway").isEqualTo(413);
        } catch (java.io.IOException e) {
            softly.fail("chunked, at the gateway: no answer but " + e);
        }
        Response direct = new ApiClient(platform.port("SUPPLIER_SERVICE_PORT")).send("POST", "/api/v1/suppliers",
                otherSupplier, body, null);
        softly.assertThat(direct.status()).as("at supplier-service's port").isEqualTo(413);
        softly.assertThat(gateway.get("/api/v1/suppliers/mine", otherSupplier).json().get("totalElements").asLong())
                .as("nothing stored").isEqualTo(before);
        softly.assertAll();
    }

    // ---------------------------------------------------------------- API2: broken authentication

    @Test
    @Order(13)
    void forged_expired_and_foreign_tokens_get_401_at_the_gateway_and_at_every_service() throws Exception {
        String real = supplier;
        String[] parts = real.split("\\.");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subjectOf(supplier));
        claims.put("aud", "marketplace-api");
        claims.put("realm_access", Map.of("roles", List.of("supplier", "admin", "buyer")));
        claims.put("exp", Instant.now().plusSeconds(600).getEpochSecond());
        claims.put("iat", Instant.now().getEpochSecond());
        KeyPair attacker = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("alg none", encode(Map.of("alg", "none", "typ", "JWT")) + "." + parts[1] + ".");
        tokens.put("tampered signature", parts[0] + "." + parts[1] + "."
                + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1));
        tokens.put("tampered payload (admin role added)", parts[0] + "." + encode(withAdminRole(parts[1])) + "." + parts[2]);
        tokens.put("unknown kid", signed(attacker, "attacker-key", withIssuer(claims, platform.issuer())));
        tokens.put("real kid, attacker's key", signed(attacker, kidOf(parts[0]), withIssuer(claims, platform.issuer())));
        tokens.put("wrong issuer", signed(attacker, kidOf(parts[0]), withIssuer(claims, "http://evil.example/realms/marketplace")));
        tokens.put("wrong audience", platform.clientToken(DemoUsers.OTHER_AUDIENCE_CLIENT,
                DemoUsers.OTHER_AUDIENCE_CLIENT_SECRET));
        tokens.put("garbage", "not.a.jwt");
        long skew = 62; // Spring's validators allow 60 s of clock skew
        Duration left = Duration.between(Instant.now(), shortLivedIssuedAt.plusSeconds(1 + skew));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        tokens.put("expired (signed by the realm)", shortLived);

        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("GATEWAY_PORT", "/api/v1/suppliers/mine");
        targets.put("SUPPLIER_SERVICE_PORT", "/api/v1/suppliers/mine");
        targets.put("TENDER_SERVICE_PORT", "/api/v1/tenders/mine");
        targets.put("CONSORTIUM_SERVICE_PORT", "/api/v1/consortia");
        targets.put("SEARCH_SERVICE_PORT", "/api/v1/notifications");
        SoftAssertions softly = new SoftAssertions();
        targets.forEach((port, path) -> {
            ApiClient client = new ApiClient(platform.port(port));
            String allowed = port.startsWith("TENDER") ? buyer : real;
            softly.assertThat(client.get(path, allowed).status()).as("a real token at %s %s", port, path)
                    .isEqualTo(200);
            tokens.forEach((name, token) -> {
                Response response = client.get(path, token);
                softly.assertThat(response.status()).as("%s at %s %s: %s", name, port, path, response.body())
                        .isEqualTo(401);
            });
        });
        Response write = gateway.send("POST", "/api/v1/tenders", tokens.get("tampered payload (admin role added)"),
                tenderBody("Marché forgé", Instant.now().plus(5, ChronoUnit.DAYS)), null);
        softly.assertThat(write.status()).as("a write with a forged token").isEqualTo(401);
        softly.assertAll();
    }

    // ---------------------------------------------------------------- API8 (injection): NoSQL and search syntax

    @Test
    @Order(14)
    void mongodb_operators_in_bodies_and_query_strings_are_refused_or_taken_literally() {
        SoftAssertions softly = new SoftAssertions();
        String legitimate = gateway.get("/api/v1/suppliers?size=5", null).body();
        long legitimateTotal = gateway.get("/api/v1/suppliers?size=5", null).json().get("totalElements").asLong();
        for (String query : List.of("status[$ne]=x", "kind[$ne]=", "department[$ne]=x", "status[$in][]=PENDING",
                "$where=sleep(1000)")) {
            Response response = gateway.get("/api/v1/suppliers?size=5&" + query, null);
            softly.assertThat(response.status()).as("?%s: %s", query, response.body()).isIn(200, 400);
            if (response.status() == 200) {
                softly.assertThat(response.body()).as("?%s is ignored", query).isEqualTo(legitimate);
            }
        }
        for (String query : List.of("status=%7B%22%24ne%22%3A%22x%22%7D", "kind=%7B%22%24ne%22%3Anull%7D",
                "department=%7B%22%24gt%22%3A%22%22%7D", "cpv=%7B%24regex%3A%22.*%22%7D")) {
            Response response = gateway.get("/api/v1/suppliers?size=5&" + query, null);
            softly.assertThat(response.status()).as("?%s: %s", query, response.body()).isIn(200, 400);
            if (response.status() == 200) {
                softly.assertThat(response.json().get("totalElements").asLong()).as("?%s", query)
                        .isLessThanOrEqualTo(legitimateTotal);
                softly.assertThat(response.body()).as("?%s: no pending supplier", query).doesNotContain(pendingCooperative);
            }
        }
        for (String query : List.of("status[$ne]=x", "status=%7B%22%24ne%22%3A%22x%22%7D")) {
            Response response = gateway.get("/api/v1/tenders?size=100&" + query, null);
            softly.assertThat(response.status()).as("tenders ?%s", query).isIn(200, 400);
            softly.assertThat(response.body()).as("tenders ?%s: no draft", query).doesNotContain(draftTender)
                    .doesNotContain(submittedTender);
        }
        Response byOperatorId = gateway.get("/api/v1/suppliers/%7B%22%24ne%22%3Anull%7D", null);
        softly.assertThat(byOperatorId.status()).as("an operator as an id").isIn(400, 404);

        long mine = gateway.get("/api/v1/suppliers/mine", otherSupplier).json().get("totalElements").asLong();
        Response operatorName = gateway.send("POST", "/api/v1/suppliers", otherSupplier,
                "{\"siret\": \"" + sirets.next() + "\", \"profile\": " + profile("X", "EA")
                        .replace("\"legalName\": \"X\"", "\"legalName\": {\"$gt\": \"\"}") + "}", null);
        softly.assertThat(operatorName.status()).as("an operator as a name: " + operatorName.body()).isEqualTo(400);
        softly.assertThat(operatorName.body()).contains("legalName");
        Response operatorSiret = gateway.send("POST", "/api/v1/suppliers", otherSupplier,
                "{\"siret\": {\"$ne\": null}, \"profile\": " + profile("X", "EA") + "}", null);
        softly.assertThat(operatorSiret.status()).as("an operator as a SIRET: " + operatorSiret.body()).isEqualTo(400);
        softly.assertThat(gateway.get("/api/v1/suppliers/mine", otherSupplier).json().get("totalElements").asLong())
                .as("nothing stored").isEqualTo(mine);
        Response operatorTender = gateway.send("POST", "/api/v1/consortia", otherSupplier, """
                {"tenderId": {"$gt": ""}, "lots": [1], "form": "CONJOINT", "leadSupplierId": {"$ne": null}}""", null);
        softly.assertThat(operatorTender.status()).as("operators in a groupement: " + operatorTender.body()).isEqualTo(400);
        Response operatorBid = gateway.send("POST", tender(publishedTender) + "/lots/1/award", buyer,
                "{\"bidId\": {\"$ne\": null}}", null);
        softly.assertThat(operatorBid.status()).as("an operator as a bid id: " + operatorBid.body()).isEqualTo(400);
        Response operatorRead = gateway.send("POST", "/api/v1/notifications/%7B%22%24ne%22%3Anull%7D/read", otherSupplier,
                null, null);
        softly.assertThat(operatorRead.status()).as("an operator as a notification id").isIn(400, 404);
        softly.assertThat(unread(supplier, notification)).as("fournisseur1's alert is still unread").isTrue();
        softly.assertAll();
    }

    @Test
    @Order(15)
    void elasticsearch_query_syntax_in_search_text_is_searched_as_plain_words() {
        SoftAssertions softly = new SoftAssertions();
        long all = gateway.get("/api/v1/search/suppliers?size=1", null).json().get("totalElements").asLong();
        long allTenders = gateway.get("/api/v1/search/tenders?size=1", null).json().get("totalElements").asLong();
        softly.assertThat(all).as("the catalogue has the imported structures").isGreaterThan(1_000);
        for (String q : List.of("*:*", "*", "legalName:foo OR 1", "{\"match_all\":{}}", "status:PENDING",
                "\" OR \"\"=\"", "foo) OR (bar", "/.*/", "a AND NOT b", "name:*~2^10", "\\", "[* TO *]")) {
            String encoded = java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
            Response suppliers = gateway.get("/api/v1/search/suppliers?size=100&q=" + encoded, null);
            softly.assertThat(suppliers.status()).as("suppliers q=%s: %s", q, suppliers.body()).isEqualTo(200);
            if (suppliers.status() == 200) {
                softly.assertThat(suppliers.json().get("totalElements").asLong()).as("suppliers q=%s", q)
                        .isLessThan(all);
                softly.assertThat(suppliers.body()).as("q=%s: no pending supplier", q).doesNotContain(pendingCooperative);
            }
            Response tenders = gateway.get("/api/v1/search/tenders?size=100&q=" + encoded, null);
            softly.assertThat(tenders.status()).as("tenders q=%s: %s", q, tenders.body()).isEqualTo(200);
            if (tenders.status() == 200) {
                softly.assertThat(tenders.json().get("totalElements").asLong()).as("tenders q=%s", q)
                        .isLessThanOrEqualTo(Math.max(0, allTenders - 1));
                softly.assertThat(tenders.body()).as("q=%s: no draft", q).doesNotContain(draftTender)
                        .doesNotContain(submittedTender);
            }
            Response autocomplete = gateway.get("/api/v1/search/autocomplete?q=" + encoded, null);
            softly.assertThat(autocomplete.status()).as("autocomplete q=%s: %s", q, autocomplete.body()).isIn(200, 400);
        }
        softly.assertAll();
    }

    // ---------------------------------------------------------------- API8: security misconfiguration

    private static final Pattern LEAKS = Pattern.compile(
            "(?i)(exception|\\bat (org|java|jdk|reactor|io)\\.|stack ?trace|127\\.0\\.0\\.1:\\d+|localhost:\\d+"
                    + "|(supplier|tender|consortium|search)-service:\\d+|mongodb://|elasticsearch:\\d+|\\.java:\\d+)");

    @Test
    @Order(16)
    void error_answers_reveal_no_stack_trace_class_name_or_internal_address() {
        ApiClient[] clients = { gateway, new ApiClient(platform.port("SUPPLIER_SERVICE_PORT")),
                new ApiClient(platform.port("TENDER_SERVICE_PORT")), new ApiClient(platform.port("CONSORTIUM_SERVICE_PORT")),
                new ApiClient(platform.port("SEARCH_SERVICE_PORT")) };
        SoftAssertions softly = new SoftAssertions();
        List<Response> errors = new ArrayList<>();
        errors.add(gateway.send("POST", "/api/v1/suppliers", supplier, "{\"siret\": ", null));
        errors.add(gateway.send("POST", "/api/v1/suppliers", supplier, "{\"siret\": [1, 2]}", null));
        errors.add(gateway.send("POST", "/api/v1/tenders", buyer, "{\"title\": \"x\", \"kind\": \"NOPE\"}", null));
        errors.add(gateway.send("POST", "/api/v1/tenders", buyer, "{\"deadline\": \"yesterday\"}", null));
        errors.add(gateway.send("PUT", tender(draftTender), buyer, tenderBody("x", Instant.now()), "\"abc\""));
        errors.add(gateway.send("PUT", tender(draftTender), buyer, tenderBody("x", Instant.now()), "\"1\""));
        errors.add(gateway.get("/api/v1/suppliers?page=abc", null));
        errors.add(gateway.get("/api/v1/tenders/does-not-exist", buyer));
        errors.add(gateway.get("/api/v1/tenders/" + "9".repeat(5000), buyer));
        errors.add(gateway.get("/api/v1/nothing-here", buyer));
        errors.add(gateway.send("DELETE", "/api/v1/tenders", buyer, null, null));
        errors.add(gateway.sendWithHeaders("POST", "/api/v1/consortia", supplier, "<xml/>", Map.of()));
        errors.add(gateway.send("POST", "/api/v1/consortia/" + groupement + "/submit", supplier, "{\"offers\": []}",
                "\"0\""));
        errors.add(gateway.get("/api/v1/search/suppliers?near=abc&radiusKm=-1", null));
        errors.add(gateway.get("/api/v1/search/suppliers?sort=_script", null));
        errors.add(gateway.get("/api/v1/search/tenders/does-not-exist/matching-suppliers", buyer));
        errors.add(gateway.send("POST", "/api/v1/notifications/x/read", supplier, null, null));
        for (ApiClient client : clients) {
            errors.add(client.get("/api/v1/nothing-here", supplier));
            errors.add(client.get("/error", supplier));
            errors.add(client.send("POST", "/api/v1/suppliers", supplier, "{oops", null));
        }
        for (Response error : errors) {
            String what = error.raw().request().method() + " " + error.raw().request().uri();
            softly.assertThat(error.status()).as("%s: %s", what, error.body()).isBetween(400, 499);
            softly.assertThat(error.body()).as(what).doesNotContainPattern(LEAKS);
            // A page's Content-Security-Policy names Keycloak's public origin (form-action, the sign-in
            // page browsers are sent to): on this platform a loopback address, never an internal one.
            error.raw().headers().map().entrySet().stream()
                    .filter(header -> !header.getKey().equalsIgnoreCase("Content-Security-Policy"))
                    .forEach(header -> softly.assertThat(String.join(" ", header.getValue()))
                            .as("%s header %s", what, header.getKey()).doesNotContainPattern(LEAKS));
        }
        softly.assertAll();
    }

    @Test
    @Order(17)
    void internal_and_actuator_endpoints_are_not_reachable_through_the_gateway() {
        String service = platform.clientToken("search-service", DemoUsers.serviceClientSecret("search-service"));
        SoftAssertions softly = new SoftAssertions();
        List<String> paths = List.of("/internal/suppliers", "/internal/tenders", "/internal/tenders/" + publishedTender
                + "/bidders", "/internal/suppliers/" + adaptedCompany + "/tenderer",
                "/api/v1/suppliers/../../internal/suppliers", "/api/v1/suppliers/%2e%2e/%2e%2e/internal/suppliers",
                "/api/v1/search/..%2F..%2Finternal%2Fnotifications", "//internal/suppliers",
                "/actuator", "/actuator/env", "/actuator/configprops", "/actuator/heapdump", "/actuator/prometheus",
                "/actuator/gateway/routes", "/actuator/loggers", "/actuator/mappings", "/actuator/beans",
                "/api/v1/suppliers/actuator/env", "/api/v1/search/../../actuator/env");
        for (String path : paths) {
            for (String token : new String[] { null, admin, service }) {
                HttpResponse<String> response = raw("GET", path, token);
                softly.assertThat(response.statusCode()).as("GET %s (%s): %s", path,
                        token == null ? "anonymous" : token == admin ? "admin" : "service account", response.body())
                        .isIn(400, 401, 403, 404);
            }
        }
        for (String write : List.of("PUT /internal/index/suppliers/" + adaptedCompany, "POST /internal/index/suppliers",
                "DELETE /internal/index/suppliers/" + adaptedCompany, "POST /internal/notifications",
                "POST /internal/seed/structures", "POST /internal/seed/tenders")) {
            String[] request = write.split(" ");
            HttpResponse<String> response = raw(request[0], request[1], service);
            softly.assertThat(response.statusCode()).as("%s with a service token: %s", write, response.body())
                    .isIn(401, 403, 404, 405);
        }
        Response health = gateway.get("/actuator/health", null);
        softly.assertThat(health.status()).as("health, if served, says no more").isIn(200, 401, 403, 404);
        softly.assertThat(health.body()).doesNotContain("mongo", "elasticsearch", "diskSpace");
        softly.assertAll();
    }

    @Test
    @Order(18)
    void answers_carry_the_security_headers() {
        SoftAssertions softly = new SoftAssertions();
        List<Response> answers = List.of(gateway.get("/api/v1/suppliers?size=1", null),
                gateway.get("/api/v1/suppliers/mine", supplier), gateway.get("/api/v1/suppliers/mine", null),
                gateway.get(tender(draftTender), otherBuyer), gateway.send("POST", "/api/v1/suppliers", supplier, "{", null));
        for (Response answer : answers) {
            String what = answer.raw().request().uri() + " (" + answer.status() + ")";
            softly.assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            softly.assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            softly.assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
            softly.assertThat(answer.header("Cache-Control")).as(what).isNotNull();
            softly.assertThat(answer.header("Server")).as(what + ": no server banner").isNull();
            softly.assertThat(answer.header("Access-Control-Allow-Origin")).as(what + ": no CORS for no Origin").isNull();
        }
        HttpResponse<String> foreignOrigin = rawWithHeaders("GET", "/api/v1/suppliers?size=1", null,
                Map.of("Origin", "https://evil.example"));
        softly.assertThat(foreignOrigin.headers().firstValue("Access-Control-Allow-Origin"))
                .as("no CORS for a foreign origin").isEmpty();
        softly.assertAll();
    }

    @Test
    @Order(19)
    void the_web_apps_pages_session_cookie_and_unsafe_calls_are_protected() {
        SoftAssertions softly = new SoftAssertions();
        HttpResponse<String> page = rawWithHeaders("GET", "/appels-offres", null, Map.of("Accept", "text/html"));
        softly.assertThat(page.statusCode()).as("a deep link is the web app").isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        softly.assertThat(csp).as("CSP").contains("default-src 'self'", "script-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
        softly.assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> login = rawWithHeaders("GET", "/web/login?returnTo=/", null, Map.of());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElse("");
        softly.assertThat(session).as("the session cookie").containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
        softly.assertThat(cookies).as("no cookie but the CSRF token is readable by page script")
                .filteredOn(cookie -> !cookie.toLowerCase(Locale.ROOT).contains("httponly")).allMatch(cookie -> cookie.startsWith("XSRF-TOKEN="));
        softly.assertThat(rawWithHeaders("GET", "/web/session", null, Map.of()).body()).as("no token for page script")
                .doesNotContain("eyJ", "token");

        String sessionCookie = session.split(";")[0];
        HttpResponse<String> forged = rawWithHeaders("POST", "/api/v1/consortia", null, Map.of("Cookie", sessionCookie));
        softly.assertThat(forged.statusCode()).as("an unsafe call with the session cookie and no CSRF token").isEqualTo(403);
        softly.assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> wrongToken = rawWithHeaders("POST", "/api/v1/consortia", null,
                Map.of("Cookie", sessionCookie + "; XSRF-TOKEN=attacker", "X-XSRF-TOKEN", "other"));
        softly.assertThat(wrongToken.statusCode()).as("a CSRF token that is not the cookie's").isEqualTo(403);
        softly.assertAll();
    }

    // ---------------------------------------------------------------- API4: rate limits, last (see the class comment)

    @Test
    @Order(100)
    void a_flood_from_one_caller_gets_429_with_retry_after_while_others_are_served() throws Exception {
        String flooder = platform.clientToken("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        int requests = USER_REQUESTS_PER_MINUTE + 60;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> gateway.get("/api/v1/tenders?size=1", flooder)));
            }
            List<Response> limited = new ArrayList<>();
            SoftAssertions softly = new SoftAssertions();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                softly.assertThat(response.status()).as(response.body()).isIn(200, 429);
                if (response.status() == 429) {
                    limited.add(response);
                }
            }
            softly.assertThat(limited).as("some of %d requests in a minute over a limit of %d", requests,
                    USER_REQUESTS_PER_MINUTE).isNotEmpty();
            for (Response response : limited.subList(0, Math.min(3, limited.size()))) {
                softly.assertThat(response.header("Retry-After")).as("Retry-After").isNotNull().matches("[1-9][0-9]*");
                softly.assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            }
            softly.assertThat(gateway.get("/api/v1/tenders?size=1", buyer).status()).as("another user is served")
                    .isEqualTo(200);
            softly.assertThat(gateway.get("/api/v1/tenders?size=1", null).status()).as("anonymous callers are served")
                    .isEqualTo(200);
            softly.assertAll();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(101)
    void an_anonymous_flood_is_limited_by_its_real_address_and_cuts_off_no_other_client() throws Exception {
        String flooder = "203.0.113.7";
        int requests = ANONYMOUS_REQUESTS_PER_MINUTE * 5 / 2;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                // Odd requests prepend a made-up hop: only the address the trusted proxy saw counts.
                String forwardedFor = i % 2 == 0 ? flooder : "198.51.100." + (i % 250) + ", " + flooder;
                answers.add(pool.submit(() -> anonymousFrom(forwardedFor)));
            }
            int limited = 0;
            SoftAssertions softly = new SoftAssertions();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                softly.assertThat(response.status()).as(response.body()).isIn(200, 429);
                limited += response.status() == 429 ? 1 : 0;
            }
            softly.assertThat(limited).as("%d anonymous requests from %s over a limit of %d a minute", requests,
                    flooder, ANONYMOUS_REQUESTS_PER_MINUTE).isPositive();
            // A burst, not one call: the bucket refills a token every 100 ms, and one may be back by now.
            List<Future<Response>> burst = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                burst.add(pool.submit(() -> anonymousFrom(flooder)));
            }
            int stillLimited = 0;
            for (Future<Response> answer : burst) {
                stillLimited += answer.get().status() == 429 ? 1 : 0;
            }
            softly.assertThat(stillLimited).as("the flooder, still: 20 more requests at once").isGreaterThan(10);
            softly.assertThat(anonymousFrom("198.51.100.9").status()).as("another client behind the proxy")
                    .isEqualTo(200);
            softly.assertThat(gateway.get("/api/v1/tenders?size=1", null).status()).as("a client with no proxy")
                    .isEqualTo(200);
            softly.assertAll();
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- helpers

    private Response anonymousFrom(String forwardedFor) {
        return gateway.sendWithHeaders("GET", "/api/v1/tenders?size=1", null, null,
                Map.of("X-Forwarded-For", forwardedFor));
    }

    /** One request an attacker tries. */
    private record Attack(String method, String path, String body, String ifMatch) {
    }

    /** Who tries it: a user's token, or none. */
    private record Caller(String name, String token) {
    }

    private Caller buyerCaller() {
        return new Caller("acheteur", buyer);
    }

    private Caller otherBuyerCaller() {
        return new Caller("acheteur2", otherBuyer);
    }

    private Caller supplierCaller() {
        return new Caller("fournisseur1", supplier);
    }

    private Caller otherSupplierCaller() {
        return new Caller("fournisseur2", otherSupplier);
    }

    private Caller adminCaller() {
        return new Caller("admin", admin);
    }

    private static Caller anonymous() {
        return new Caller("anonymous", null);
    }

    /** Signed-in callers get 403 or 404 (not telling whether it exists). */
    private void expectDenied(SoftAssertions softly, Attack attack, Caller caller) {
        expectDenied(softly, attack, caller, 403, 404);
    }

    /**
     * Signed-in callers get one of {@code signedIn}; anonymous ones 401 (the gateway lets anonymous
     * callers through only for reads, where a private object may also be 404 to them).
     */
    private void expectDenied(SoftAssertions softly, Attack attack, Caller caller, Integer... signedIn) {
        List<Integer> expected = caller.token() != null ? List.of(signedIn)
                : "GET".equals(attack.method()) ? List.of(401, 404) : List.of(401);
        Response response = gateway.send(attack.method(), attack.path(), caller.token(), attack.body(), attack.ifMatch());
        softly.assertThat(response.status()).as("%s %s by %s: %s", attack.method(), attack.path(), caller.name(),
                response.body()).isIn(expected);
    }

    private static void expectDenied(SoftAssertions softly, String what, Response response, Caller caller) {
        softly.assertThat(response.status()).as("%s by %s: %s", what, caller.name(), response.body())
                .isIn(caller.token() == null ? List.of(401) : List.of(403, 404));
    }

    private String shortLivedUserToken() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", DemoUsers.SHORT_LIVED_TEST_CLIENT);
        form.put("client_secret", DemoUsers.SHORT_LIVED_TEST_CLIENT_SECRET);
        form.put("username", DemoUsers.SUPPLIER.username());
        form.put("password", DemoUsers.SUPPLIER.password());
        form.put("scope", "openid");
        return org.essmarket.devstack.keycloak.ClientCredentials.token(platform.issuer(), form);
    }

    private static String tender(String id) {
        return "/api/v1/tenders/" + id;
    }

    private String consortium() {
        return "/api/v1/consortia/" + groupement;
    }

    private static String subjectOf(String token) {
        return claimsOf(token).get("sub").asString();
    }

    private static JsonNode claimsOf(String token) {
        return ApiClient.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** The JSON of a read that must succeed, for comparing before and after. */
    private static String asJson(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().toString();
    }

    private String supplierAsMember(String id) {
        return asJson(gateway.get("/api/v1/suppliers/" + id, supplier)) + asJson(gateway.get("/api/v1/suppliers/" + id
                + "/audit", supplier));
    }

    private boolean unread(String token, String id) {
        for (JsonNode entry : gateway.get("/api/v1/notifications?size=100", token).json().get("content")) {
            if (entry.get("id").asString().equals(id)) {
                return !entry.get("read").asBoolean();
            }
        }
        throw new AssertionError("notification " + id + " is not in its user's feed");
    }

    private static String profile(String name, String kind) {
        return """
                {"legalName": "%s", "kinds": ["%s"], "location": {"communeCode": "69123"},
                 "contacts": [{"name": "Camille", "email": "camille@example.org"}],
                 "activities": [{"cpvCodes": ["90910000-9"], "serviceTypes": ["SERVICE"],
                                 "range": {"kind": "RADIUS", "radiusKm": 40}}]}""".formatted(name, kind);
    }

    private static String tenderBody(String title, Instant deadline) {
        return """
                {"title": "%s", "kind": "TENDER", "procedure": "OPEN",
                 "estimatedValue": 140000, "place": {"scope": "DEPARTMENTS", "departmentCodes": ["69"]},
                 "cpvCodes": ["90910000-9"], "awardCriteria": [{"name": "Prix", "weight": 100}],
                 "deadline": "%s",
                 "lots": [{"number": 1, "title": "Bâtiments nord", "cpv": "90911200", "estimatedValue": 90000},
                          {"number": 2, "title": "Vitrerie", "cpv": "90911300", "estimatedValue": 50000}]}"""
                .formatted(title, deadline.truncatedTo(ChronoUnit.SECONDS));
    }

    private String createdTender(String token, String title, Instant deadline) {
        Response created = gateway.send("POST", "/api/v1/tenders", token, tenderBody(title, deadline), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String newPublishedTender(String title) {
        String id = createdTender(buyer, title, Instant.now().plus(30, ChronoUnit.DAYS));
        ok(TenderSubmissions.submitWithReasons(gateway, buyer, tender(id)));
        ok(gateway.send("POST", tender(id) + "/publish", admin, null, null));
        return id;
    }

    /** The id of the groupement's joint bid once tender-service recorded it (the lead's submission is relayed). */
    private String awaitJointBid(String groupementPath) throws InterruptedException {
        JsonNode read = polled(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> gateway.get(groupementPath, supplier)
                .json(), groupement -> "SUBMITTED".equals(groupement.path("status").asString()));
        assertThat(read.path("status").asString()).as(read.toString()).isEqualTo("SUBMITTED");
        return read.path("submission").path("bidId").asString();
    }

    private String registered(String token, String name, String kind) {
        Response registered = gateway.send("POST", "/api/v1/suppliers", token,
                "{\"siret\": \"" + sirets.next() + "\", \"profile\": " + profile(name, kind) + "}", null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private void verified(String id) {
        ok(gateway.send("POST", "/api/v1/suppliers/" + id + "/verify", admin, "{\"reason\": \"checked\"}", null));
    }

    /** Search knows the supplier before a tender is published, so that the supplier is alerted. */
    private void awaitIndexed(String id, String name) throws InterruptedException {
        String query = "/api/v1/search/suppliers?size=100&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
        String found = polled(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> gateway.get(query, null).body(),
                body -> body.contains(id));
        assertThat(found).as("indexed within 60 s").contains(id);
    }

    private String awaitNotification(String token) throws InterruptedException {
        return polled(Duration.ofSeconds(90), Duration.ofSeconds(2), () -> tenderAlertIn(token), Optional::isPresent)
                .orElseThrow(() -> new AssertionError("fournisseur1 got no tender alert within 90 s"));
    }

    private Optional<String> tenderAlertIn(String token) {
        for (JsonNode entry : gateway.get("/api/v1/notifications?size=100", token).json().get("content")) {
            if (entry.get("kind").asString().equals("TENDER_ALERT")) {
                return Optional.of(entry.get("id").asString());
            }
        }
        return Optional.empty();
    }

    /** Reads every {@code pause} until {@code done} or {@code patience} is over; the last read either way. */
    private static <T> T polled(Duration patience, Duration pause, Supplier<T> read, Predicate<T> done)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        T last = read.get();
        while (!done.test(last) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(pause.toMillis());
            last = read.get();
        }
        return last;
    }

    private HttpResponse<String> raw(String method, String path, String token) {
        return rawWithHeaders(method, path, token, Map.of());
    }

    /** A request with the path exactly as written (no normalisation of "..", "//" or escapes). */
    private HttpResponse<String> rawWithHeaders(String method, String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + platform.port("GATEWAY_PORT") + path))
                .timeout(Duration.ofMinutes(2))
                .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (!"GET".equals(method)) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // A timeout names the request: a gateway that never answers one must be found, not waited for.
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Object json) {
        byte[] bytes = json instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : ApiClient.JSON.writeValueAsBytes(json);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String withAdminRole(String payload) {
        String claims = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return claims.replace("\"supplier\"", "\"supplier\",\"admin\",\"buyer\"");
    }

    private static String kidOf(String header) {
        return ApiClient.JSON.readTree(Base64.getUrlDecoder().decode(header)).path("kid").asString();
    }

    private static Map<String, Object> withIssuer(Map<String, Object> claims, String issuer) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.put("iss", issuer);
        return copy;
    }

    /** An RS256 token signed with the attacker's key. */
    private static String signed(KeyPair key, String kid, Map<String, Object> claims) throws Exception {
        String signingInput = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", kid)) + "." + encode(claims);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.getPrivate());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }
}
