package org.essmarket.supplier.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.supplier.FreshSirets;
import org.essmarket.supplier.supplier.domain.AuditEntry;
import org.essmarket.supplier.supplier.domain.Location;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /internal/seed/demo-members}: the launcher and Compose's demo data make each demo
 * supplier a member of the real imported structure it acts for, with real tokens and the MongoDB stand-in.
 */
@ServiceIntegrationTest
class DemoMembersIT {

    private static final String SEED = "/internal/seed/demo-members";

    @LocalServerPort
    int port;

    @Autowired
    SupplierStore suppliers;

    private ApiClient api;
    private final String service = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
    private final String supplier = Tokens.forUser(DemoUsers.SUPPLIER);

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_demo_user_joins_the_imported_structure_once_and_a_second_seed_adds_nobody_twice() {
        Supplier imported = imported("Envie d'essai");
        String userId = Tokens.subjectOf(supplier);

        Response first = seed(imported.siret().value(), userId);
        Response second = seed(imported.siret().value(), userId);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("added").asBoolean()).isTrue();
        assertThat(first.json().get("supplierId").asString()).isEqualTo(imported.id());
        assertThat(first.json().get("legalName").asString()).isEqualTo("Envie d'essai");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("added").asBoolean()).as("already a member").isFalse();
        Supplier stored = suppliers.findById(imported.id()).orElseThrow();
        assertThat(stored.memberIds()).containsExactly(userId);
        assertThat(stored.audit()).extracting(AuditEntry::action).containsOnlyOnce("MEMBER_ADDED");
        assertThat(api.get("/api/v1/suppliers/mine?size=100", supplier).body())
                .as("the demo user now acts for it").contains(imported.id(), "Envie d'essai");
    }

    @Test
    void a_structure_registered_by_its_people_or_no_longer_verified_is_refused_naming_the_siret() {
        String registeredSiret = FreshSirets.next();
        Response registered = api.send("POST", "/api/v1/suppliers", Tokens.forUser(DemoUsers.OTHER_SUPPLIER), """
                {"siret": "%s", "profile": {"legalName": "Coopérative déclarée", "kinds": ["SCOP"],
                 "location": {"communeCode": "69123"}}}""".formatted(registeredSiret), null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Supplier delisted = imported("Structure radiée");
        delisted.delist("admin", "closed down", Instant.now());
        suppliers.save(delisted);
        String userId = Tokens.subjectOf(supplier);

        for (String siret : List.of(registeredSiret, delisted.siret().value())) {
            Response refused = seed(siret, userId);

            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("siret");
            assertThat(refused.json().get("detail").asString()).contains("VERIFIED structures of the SIAE import");
            assertThat(suppliers.findBySiret(siret).orElseThrow().isMember(userId)).isFalse();
        }
    }

    @Test
    void an_unknown_siret_is_refused_saying_to_import_the_structures_first() {
        Response unknown = seed(FreshSirets.next(), Tokens.subjectOf(supplier));

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("siret");
        assertThat(unknown.json().get("detail").asString()).contains("import the SIAE structures first");
    }

    @Test
    void a_malformed_siret_or_a_missing_user_id_is_a_400_naming_the_field() {
        Response badSiret = seed("38367939600029", Tokens.subjectOf(supplier));
        Response noUser = seed(imported("Sans membre").siret().value(), " ");

        assertThat(badSiret.status()).as(badSiret.body()).isEqualTo(400);
        assertThat(badSiret.json().at("/errors/0/field").asString()).isEqualTo("siret");
        assertThat(noUser.status()).as(noUser.body()).isEqualTo(400);
        assertThat(noUser.json().at("/errors/0/field").asString()).isEqualTo("userId");
    }

    @Test
    void only_service_accounts_seed_demo_members() {
        Supplier imported = imported("Structure convoitée");
        String body = body(imported.siret().value(), Tokens.subjectOf(supplier));

        assertThat(api.send("POST", SEED, supplier, body, null).status()).as("a supplier for itself").isEqualTo(403);
        assertThat(api.send("POST", SEED, null, body, null).status()).isEqualTo(401);
        assertThat(suppliers.findById(imported.id()).orElseThrow().memberIds()).isEmpty();
    }

    private Response seed(String siret, String userId) {
        return api.send("POST", SEED, service, body(siret, userId), null);
    }

    private static String body(String siret, String userId) {
        return "{\"siret\": \"" + siret + "\", \"userId\": \"" + userId + "\"}";
    }

    /** A structure as the SIAE import lists it: VERIFIED, no members. */
    private Supplier imported(String name) {
        SupplierProfile profile = new SupplierProfile(name, null, null, null, null, Set.of(SupplierKind.EI),
                new Location("12 rue de Cronstadt", "69007", "69387", "Lyon 7e Arrondissement", "69", "84", 45.74, 4.85),
                List.of(), null, List.of(), List.of(), null, null, null, List.of(), null, List.of(), null);
        return suppliers.save(Supplier.imported(UUID.randomUUID().toString(), Siret.of(FreshSirets.next(), "siret"), profile,
                SupplierOrigin.SIAE_IMPORT, "siae-import", Instant.now()));
    }
}
