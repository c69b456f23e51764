package org.essmarket.supplier.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.supplier.FreshSirets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The supplier directory through its API, with real tokens for each role and the MongoDB stand-in. */
@ServiceIntegrationTest
class SupplierDirectoryIT {

    @LocalServerPort
    int port;

    private ApiClient api;
    private final String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
    private final String otherSupplier = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
    private final String buyer = Tokens.forUser(DemoUsers.BUYER);
    private final String admin = Tokens.forUser(DemoUsers.ADMIN);

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String registration(String siret, String cpv, String rangeJson) {
        return """
                {"siret": "%s", "profile": {
                  "legalName": "Atelier Solidaire du Rhône", "brand": "ASR", "legalForm": "Association", "naf": "8899B",
                  "scale": "SME", "kinds": ["ACI"],
                  "location": {"address": "12 rue de la Paix", "communeCode": "69123"},
                  "activities": [{"cpvCodes": ["%s"], "serviceTypes": ["SERVICE"], "range": %s}],
                  "description": "Chantier d'insertion: entretien d'espaces verts",
                  "contacts": [{"name": "Camille Martin", "role": "Directrice", "email": "camille@asr.example", "phone": "0400000000"}],
                  "status": "VERIFIED", "memberIds": ["intruder"], "version": 42
                }}""".formatted(siret, cpv, rangeJson);
    }

    private JsonNode register(String token, String siret) {
        Response created = api.send("POST", "/api/v1/suppliers", token,
                registration(siret, "77310000-6", "{\"kind\": \"RADIUS\", \"radiusKm\": 30}"), null);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void a_supplier_user_registers_a_structure_which_awaits_verification_with_normalised_data() {
        JsonNode supplierJson = register(supplier, FreshSirets.next());

        assertThat(supplierJson.get("status").asString()).isEqualTo("PENDING");
        JsonNode profile = supplierJson.get("profile");
        assertThat(profile.at("/activities/0/cpvCodes/0").asString()).isEqualTo("77310000");
        assertThat(profile.at("/naf").asString()).isEqualTo("88.99B");
        assertThat(profile.at("/location/departmentCode").asString()).isEqualTo("69");
        assertThat(profile.at("/location/regionCode").asString()).isEqualTo("84");
        assertThat(profile.at("/location/latitude").asDouble()).isBetween(45.0, 46.5);
        assertThat(supplierJson.get("memberIds")).hasSize(1);
        assertThat(supplierJson.get("memberIds").get(0).asString()).isNotEqualTo("intruder");
    }

    @Test
    void a_second_registration_of_the_same_siret_gets_409_naming_the_existing_profile() {
        String siret = FreshSirets.next();
        String id = register(supplier, siret).get("id").asString();

        Response again = api.send("POST", "/api/v1/suppliers", otherSupplier,
                registration(siret, "77310000", "{\"kind\": \"COUNTRY\"}"), null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("/api/v1/suppliers/" + id, "\"field\":\"siret\"");
    }

    @Test
    void bad_input_gets_400_naming_the_field_and_stores_nothing() {
        String siret = FreshSirets.next();
        assertBadField(registration("73282932000075", "77310000", "{\"kind\": \"COUNTRY\"}"), "siret");
        assertBadField(registration(siret, "99999999", "{\"kind\": \"COUNTRY\"}"), "activities[0].cpvCodes[0]");
        assertBadField(registration(siret, "77310000-5", "{\"kind\": \"COUNTRY\"}"), "activities[0].cpvCodes[0]");
        assertBadField(registration(siret, "77310000", "{\"kind\": \"RADIUS\"}"), "activities[0].range.radiusKm");
        assertBadField(registration(siret, "77310000", "{\"kind\": \"ZONES\", \"departments\": [\"99\"]}"),
                "activities[0].range.departments[0]");
        assertBadField(registration(siret, "77310000", "{\"kind\": \"COUNTRY\"}").replace("69123", "69999"),
                "location.communeCode");

        assertThat(api.get("/api/v1/suppliers/mine", supplier).body()).doesNotContain(siret);
    }

    private void assertBadField(String body, String field) {
        Response response = api.send("POST", "/api/v1/suppliers", supplier, body, null);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void oversized_bodies_get_413_and_pages_over_100_get_400() {
        String huge = registration(FreshSirets.next(), "77310000", "{\"kind\": \"COUNTRY\"}")
                .replace("Chantier d'insertion", "x".repeat(2_000_000));
        assertThat(api.send("POST", "/api/v1/suppliers", supplier, huge, null).status()).isEqualTo(413);

        Response page = api.get("/api/v1/suppliers?size=101", null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("\"field\":\"size\"");
    }

    @Test
    void anonymous_users_see_verified_suppliers_only_and_without_contacts() {
        JsonNode created = register(supplier, FreshSirets.next());
        String id = created.get("id").asString();
        assertThat(api.get("/api/v1/suppliers/" + id, null).status()).as("pending: not public").isEqualTo(404);

        assertThat(api.send("POST", "/api/v1/suppliers/" + id + "/verify", supplier, "{}", null).status())
                .as("only admins verify").isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/suppliers/" + id + "/verify", admin, "{}", null).status()).isEqualTo(200);

        JsonNode publicView = api.get("/api/v1/suppliers/" + id, null).json();
        assertThat(publicView.at("/profile/contacts")).isEmpty();
        assertThat(publicView.has("memberIds")).isFalse();
        assertThat(api.get("/api/v1/suppliers/" + id, buyer).json().at("/profile/contacts/0/email").asString())
                .isEqualTo("camille@asr.example");
        assertThat(api.get("/api/v1/suppliers?department=69&cpv=7731&kind=ACI&size=100", null).body()).contains(id);
        assertThat(api.get("/api/v1/suppliers?department=75", null).body()).doesNotContain(id);
    }

    @Test
    void only_members_edit_and_a_stale_version_gets_412() {
        JsonNode created = register(supplier, FreshSirets.next());
        String id = created.get("id").asString();
        Response read = api.get("/api/v1/suppliers/" + id, supplier);
        String etag = read.header("ETag");
        String edit = registrationProfile().replace("Atelier Solidaire du Rhône", "Atelier Solidaire Rhône-Alpes");

        assertThat(api.send("PUT", "/api/v1/suppliers/" + id, otherSupplier, edit, etag).status()).isIn(403, 404);
        assertThat(api.send("PUT", "/api/v1/suppliers/" + id, buyer, edit, etag).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/suppliers/" + id, supplier, edit, null).status()).isEqualTo(428);
        Response updated = api.send("PUT", "/api/v1/suppliers/" + id, supplier, edit, etag);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("status").asString()).as("status is not the client's").isEqualTo("PENDING");
        assertThat(api.send("PUT", "/api/v1/suppliers/" + id, supplier, edit, etag).status()).isEqualTo(412);

        JsonNode audit = api.get("/api/v1/suppliers/" + id + "/audit", supplier).json();
        assertThat(audit.toString()).contains("PROFILE_UPDATED", "legalName");
        assertThat(api.get("/api/v1/suppliers/" + id + "/audit", otherSupplier).status()).isIn(403, 404);
    }

    @Test
    void of_20_concurrent_edits_with_the_same_version_exactly_one_wins() throws Exception {
        String id = register(supplier, FreshSirets.next()).get("id").asString();
        String etag = api.get("/api/v1/suppliers/" + id, supplier).header("ETag");
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String edit = registrationProfile().replace("Atelier Solidaire du Rhône", "Atelier n°" + i);
            edits.add(() -> api.send("PUT", "/api/v1/suppliers/" + id, supplier, edit, etag).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
            for (Future<Integer> status : pool.invokeAll(edits)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(19);
        JsonNode stored = api.get("/api/v1/suppliers/" + id, supplier).json();
        assertThat(stored.at("/profile/legalName").asString()).startsWith("Atelier n°");
        assertThat(stored.at("/profile/contacts/0/email").asString()).as("nothing lost").isEqualTo("camille@asr.example");
    }

    @Test
    void members_add_others_and_leave_but_the_last_member_stays() {
        String id = register(supplier, FreshSirets.next()).get("id").asString();
        String otherSubject = Tokens.subjectOf(otherSupplier);

        Response lastLeaving = api.send("DELETE", "/api/v1/suppliers/" + id + "/members/" + Tokens.subjectOf(supplier),
                supplier, null, null);
        assertThat(lastLeaving.status()).isEqualTo(409);

        assertThat(api.send("POST", "/api/v1/suppliers/" + id + "/members", supplier,
                "{\"userId\": \"" + otherSubject + "\"}", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/suppliers/mine", otherSupplier).body()).contains(id);
        assertThat(api.send("DELETE", "/api/v1/suppliers/" + id + "/members/" + Tokens.subjectOf(supplier), supplier, null, null)
                .status()).isEqualTo(204);
        assertThat(api.get("/api/v1/suppliers/mine", supplier).body()).doesNotContain(id);
    }

    @Test
    void facilitators_reject_delist_and_merge_with_a_reason_and_suppliers_cannot() {
        String pending = register(supplier, FreshSirets.next()).get("id").asString();
        String duplicate = register(otherSupplier, FreshSirets.next()).get("id").asString();

        assertThat(api.send("POST", "/api/v1/suppliers/" + pending + "/reject", admin, "{}", null).status())
                .as("a reason is required").isEqualTo(400);
        assertThat(api.send("POST", "/api/v1/suppliers/" + pending + "/reject", supplier, "{\"reason\": \"x\"}", null)
                .status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/suppliers/" + pending + "/delist", admin, "{\"reason\": \"x\"}", null)
                .status()).as("only verified suppliers are delisted").isEqualTo(409);
        assertThat(api.send("POST", "/api/v1/suppliers/" + duplicate + "/merge", otherSupplier,
                "{\"into\": \"" + pending + "\", \"reason\": \"same\"}", null).status()).isEqualTo(403);

        Response merged = api.send("POST", "/api/v1/suppliers/" + duplicate + "/merge", admin,
                "{\"into\": \"" + pending + "\", \"reason\": \"same structure registered twice\"}", null);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/suppliers/mine", otherSupplier).body()).contains(pending);
        assertThat(api.get("/api/v1/suppliers/" + duplicate, admin).json().get("mergedInto").asString())
                .isEqualTo(pending);
        assertThat(api.get("/api/v1/suppliers/" + pending + "/audit", admin).body()).contains("MERGED_FROM");
    }

    @Test
    void search_rebuilds_its_index_from_the_internal_feed_which_only_services_read() {
        register(supplier, FreshSirets.next());
        String service = Tokens.forClient("search-service", DemoUsers.serviceClientSecret("search-service"));

        Response feed = api.get("/internal/suppliers?size=500", service);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.json().at("/content/0/version").isNumber()).isTrue();
        assertThat(feed.json().at("/content/0/document/memberIds").isArray()).isTrue();
        List<String> byKey = new ArrayList<>();
        JsonNode page;
        do {
            page = api.get("/internal/suppliers?size=2" + (byKey.isEmpty() ? "" : "&after=" + byKey.getLast()),
                    service).json();
            page.path("content").forEach(entry -> byKey.add(entry.path("document").path("id").asString()));
        } while (page.path("content").size() == 2);
        assertThat(byKey).as("each page starts after the last id of the one before").isSorted()
                .doesNotHaveDuplicates().hasSize((int) feed.json().path("totalElements").asLong());
        assertThat(api.get("/internal/suppliers", supplier).status()).isEqualTo(403);
        assertThat(api.get("/internal/suppliers", null).status()).isEqualTo(401);
        Response otherService = api.get("/internal/suppliers", Tokens.forClient("tender-service",
                DemoUsers.serviceClientSecret("tender-service")));
        assertThat(otherService.status()).as("search-service's feed, not another service's").isEqualTo(403);
        assertThat(otherService.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void tender_service_checks_a_tenderer_s_status_kinds_department_and_members_through_the_internal_api() {
        String id = register(supplier, FreshSirets.next()).get("id").asString();
        String service = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));

        Response tenderer = api.get("/internal/suppliers/" + id + "/tenderer", service);
        assertThat(tenderer.status()).isEqualTo(200);
        assertThat(tenderer.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(tenderer.json().get("kinds").toString()).isEqualTo("[\"ACI\"]");
        assertThat(tenderer.json().get("department").asString()).isEqualTo("69");
        assertThat(tenderer.json().get("memberIds").toString()).contains(Tokens.subjectOf(supplier));
        assertThat(api.get("/internal/suppliers/no-such-supplier/tenderer", service).status()).isEqualTo(404);
        assertThat(api.get("/internal/suppliers/" + id + "/tenderer", supplier).status()).isEqualTo(403);
        assertThat(api.get("/internal/suppliers/" + id + "/tenderer", Tokens.forClient("search-service",
                DemoUsers.serviceClientSecret("search-service"))).status()).as("not search-service's to read").isEqualTo(403);
    }

    @Test
    void tender_and_consortium_service_read_the_suppliers_a_user_acts_for_now() {
        String id = register(supplier, FreshSirets.next()).get("id").asString();
        String otherSubject = Tokens.subjectOf(otherSupplier);
        String actingFor = "/internal/users/" + otherSubject + "/suppliers";
        String tenderService = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        String consortiumService = Tokens.forClient("consortium-service", DemoUsers.serviceClientSecret("consortium-service"));
        assertThat(api.get(actingFor, tenderService).json().get("supplierIds").toString()).doesNotContain(id);

        api.send("POST", "/api/v1/suppliers/" + id + "/members", supplier, "{\"userId\": \"" + otherSubject + "\"}", null);
        assertThat(api.get(actingFor, consortiumService).json().get("supplierIds").toString()).contains(id);
        assertThat(api.send("DELETE", "/api/v1/suppliers/" + id + "/members/" + otherSubject, supplier, null, null).status())
                .isEqualTo(204);
        assertThat(api.get(actingFor, tenderService).json().get("supplierIds").toString()).as("removed at once")
                .doesNotContain(id);

        assertThat(api.get(actingFor, otherSupplier).status()).isEqualTo(403);
        assertThat(api.get(actingFor, Tokens.forClient("search-service", DemoUsers.serviceClientSecret("search-service")))
                .status()).as("not search-service's to read").isEqualTo(403);
    }

    @Test
    void a_verified_supplier_s_new_kinds_and_legal_name_count_only_once_a_facilitator_approves_them() {
        String id = register(supplier, FreshSirets.next()).get("id").asString();
        assertThat(api.send("POST", "/api/v1/suppliers/" + id + "/verify", admin, "{}", null).status()).isEqualTo(200);
        String service = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        String claimsDisability = registrationProfile().replace("[\"ACI\"]", "[\"EA\", \"ESAT\"]")
                .replace("Atelier Solidaire du Rhône", "ESAT du Rhône");

        Response changed = api.send("PUT", "/api/v1/suppliers/" + id, supplier, claimsDisability,
                api.get("/api/v1/suppliers/" + id, supplier).header("ETag"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("status").asString()).as("still listed and bidding").isEqualTo("VERIFIED");
        assertThat(changed.json().get("pendingChanges").toString()).contains("kinds", "legalName");
        JsonNode tenderer = api.get("/internal/suppliers/" + id + "/tenderer", service).json();
        assertThat(tenderer.get("kinds").toString()).as("eligibility reads verified kinds").isEqualTo("[\"ACI\"]");
        assertThat(tenderer.get("legalName").asString()).isEqualTo("Atelier Solidaire du Rhône");
        assertThat(api.get("/api/v1/suppliers/" + id, null).json().at("/profile/kinds").toString()).isEqualTo("[\"ACI\"]");

        Response approved = api.send("POST", "/api/v1/suppliers/" + id + "/verify", admin, "{\"reason\": \"agrément ESAT reçu\"}", null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("pendingChanges")).isEmpty();
        assertThat(api.get("/internal/suppliers/" + id + "/tenderer", service).json().get("kinds").toString())
                .contains("EA", "ESAT").doesNotContain("ACI");

        String backToAci = claimsDisability.replace("[\"EA\", \"ESAT\"]", "[\"ACI\", \"EA\"]");
        api.send("PUT", "/api/v1/suppliers/" + id, supplier, backToAci, api.get("/api/v1/suppliers/" + id, supplier).header("ETag"));
        assertThat(api.send("POST", "/api/v1/suppliers/" + id + "/reject", admin, "{}", null).status())
                .as("a refusal says why").isEqualTo(400);
        Response rejected = api.send("POST", "/api/v1/suppliers/" + id + "/reject", admin, "{\"reason\": \"pas de conventionnement IAE\"}", null);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(rejected.json().at("/profile/kinds").toString()).contains("EA", "ESAT").doesNotContain("ACI");
        assertThat(api.get("/api/v1/suppliers/" + id + "/audit", supplier).body()).contains("CHANGES_APPROVED", "CHANGES_REJECTED");
    }

    private static String registrationProfile() {
        String full = registration("00000000000000", "77310000", "{\"kind\": \"RADIUS\", \"radiusKm\": 30}");
        return full.substring(full.indexOf("\"profile\": ") + "\"profile\": ".length(), full.lastIndexOf('}'));
    }
}
