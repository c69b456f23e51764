package org.essmarket.supplier.claim;

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
import org.essmarket.supplier.KeycloakAccounts;
import org.essmarket.supplier.KeycloakAccounts.Account;
import org.essmarket.supplier.claim.application.ClaimLimits;
import org.essmarket.supplier.supplier.domain.Contact;
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

import tools.jackson.databind.JsonNode;

/**
 * Claiming a listed structure through the API, with brand-new Keycloak accounts (verified email,
 * no business role), the real Keycloak granting the role and the MongoDB stand-in.
 */
@ServiceIntegrationTest
class StructureClaimsIT {

    @LocalServerPort
    int port;

    @Autowired
    SupplierStore suppliers;

    @Autowired
    ClaimLimits limits;

    private ApiClient api;
    private final String admin = Tokens.forUser(DemoUsers.ADMIN);

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** A structure as the SIAE import lists it: VERIFIED, no members, with its site and a contact's email. */
    private Supplier imported(String website, String contactEmail) {
        SupplierProfile profile = new SupplierProfile("Atelier " + UUID.randomUUID(), null, null, null, null,
                Set.of(SupplierKind.EI),
                new Location("12 rue de Cronstadt", "69007", "69387", "Lyon 7e Arrondissement", "69", "84", 45.74, 4.85),
                List.of(), null, List.of(), List.of(), null, null, null, List.of(), null,
                contactEmail == null ? List.of() : List.of(new Contact("Direction", null, contactEmail, null)), website);
        return suppliers.save(Supplier.imported(UUID.randomUUID().toString(), Siret.of(FreshSirets.next(), "siret"),
                profile, SupplierOrigin.SIAE_IMPORT, "import", Instant.now()));
    }

    private Response claim(String supplierId, String token) {
        return api.send("POST", "/api/v1/suppliers/" + supplierId + "/claims", token, null, null);
    }

    private JsonNode claimed(String supplierId, String token) {
        Response claimed = claim(supplierId, token);
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        return claimed.json();
    }

    private Response decide(String claimId, String decision, String token, String body) {
        return api.send("POST", "/api/v1/suppliers/claims/" + claimId + "/" + decision, token, body, null);
    }

    private static String domain() {
        return "atelier-" + UUID.randomUUID().toString().substring(0, 8) + ".fr";
    }

    private List<String> membersOf(String supplierId) {
        return suppliers.findById(supplierId).orElseThrow().memberIds();
    }

    @Test
    void a_new_account_finds_a_structure_by_siret_claims_it_and_a_facilitator_approves_making_it_a_member_and_a_supplier() {
        Supplier structure = imported(null, null);
        Account user = KeycloakAccounts.newUser(domain());
        String token = user.token();

        Response found = api.get("/api/v1/suppliers?siret=" + structure.siret().value(), token);
        assertThat(found.json().at("/content/0/id").asString()).isEqualTo(structure.id());
        JsonNode claim = claimed(structure.id(), token);
        assertThat(claim.get("status").asString()).isEqualTo("PENDING");
        assertThat(claim.has("decidedBy")).isFalse();

        Response queue = api.get("/api/v1/suppliers/claims?size=100", admin);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(queue.json().get("content").valueStream().map(c -> c.get("id").asString()))
                .contains(claim.get("id").asString());

        Response approved = decide(claim.get("id").asString(), "approve", admin, "{\"reason\": \"known to us\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(membersOf(structure.id())).containsExactly(user.id());
        assertThat(KeycloakAccounts.realmRolesOf(user.id())).contains("supplier").doesNotContain("admin");
        Response mine = api.get("/api/v1/suppliers/mine", user.token());
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.json().at("/content/0/id").asString()).isEqualTo(structure.id());
    }

    @Test
    void a_verified_email_at_the_structures_website_domain_approves_the_claim_at_once() {
        String domain = domain();
        Supplier structure = imported("https://www." + domain + "/accueil", null);
        Account user = KeycloakAccounts.newUser(domain);

        JsonNode claim = claimed(structure.id(), user.token());

        assertThat(claim.get("status").asString()).isEqualTo("APPROVED");
        assertThat(claim.get("reason").asString()).contains(domain);
        assertThat(membersOf(structure.id())).containsExactly(user.id());
        assertThat(KeycloakAccounts.realmRolesOf(user.id())).contains("supplier");
    }

    @Test
    void an_email_at_another_domain_than_the_structures_waits_for_a_facilitator() {
        Supplier structure = imported(null, "direction@" + domain());
        Account user = KeycloakAccounts.newUser(domain());

        assertThat(claimed(structure.id(), user.token()).get("status").asString()).isEqualTo("PENDING");
        assertThat(membersOf(structure.id())).isEmpty();
        assertThat(KeycloakAccounts.realmRolesOf(user.id())).doesNotContain("supplier");
    }

    @Test
    void a_refused_user_cannot_claim_the_structure_again_but_a_facilitator_can_still_approve() {
        Supplier structure = imported(null, null);
        Account user = KeycloakAccounts.newUser(domain());
        String token = user.token();
        String claimId = claimed(structure.id(), token).get("id").asString();

        Response refused = decide(claimId, "reject", admin, "{\"reason\": \"not known to the structure\"}");
        assertThat(refused.json().get("status").asString()).isEqualTo("REJECTED");
        Response again = claim(structure.id(), token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/errors/0/field").asString()).isEqualTo("supplierId");
        assertThat(again.json().get("detail").asString()).contains("not known to the structure");

        Response approved = decide(claimId, "approve", admin, null);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(membersOf(structure.id())).containsExactly(user.id());
    }

    @Test
    void claiming_again_while_a_claim_waits_answers_that_claim() {
        Supplier structure = imported(null, null);
        String token = KeycloakAccounts.newUser(domain()).token();

        String first = claimed(structure.id(), token).get("id").asString();

        assertThat(claimed(structure.id(), token).get("id").asString()).isEqualTo(first);
    }

    @Test
    void the_answer_to_a_claim_is_the_same_whether_the_structure_has_members_or_not() {
        Supplier withoutMembers = imported(null, null);
        Supplier withMember = imported(null, null);
        withMember.addMember(KeycloakAccounts.newUser(domain()).id(), "import", Instant.now());
        suppliers.save(withMember);
        String token = KeycloakAccounts.newUser(domain()).token();

        Response toEmpty = claim(withoutMembers.id(), token);
        Response toMembered = claim(withMember.id(), token);

        assertThat(toMembered.status()).isEqualTo(toEmpty.status()).isEqualTo(201);
        assertThat(fieldNames(toMembered.json())).isEqualTo(fieldNames(toEmpty.json()));
        assertThat(toMembered.json().get("status")).isEqualTo(toEmpty.json().get("status"));
    }

    private static List<String> fieldNames(JsonNode json) {
        return json.propertyNames().stream().sorted().toList();
    }

    @Test
    void another_users_claim_is_not_found_and_only_facilitators_decide() {
        Supplier structure = imported(null, null);
        String owner = KeycloakAccounts.newUser(domain()).token();
        String other = KeycloakAccounts.newUser(domain()).token();
        String claimId = claimed(structure.id(), owner).get("id").asString();

        assertThat(api.get("/api/v1/suppliers/claims/" + claimId, owner).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/suppliers/claims/" + claimId, other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/suppliers/claims/mine", other).json().get("content")).isEmpty();
        assertThat(decide(claimId, "approve", owner, null).status()).isEqualTo(403);
        assertThat(decide(claimId, "reject", other, "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/suppliers/claims", owner).status()).isEqualTo(403);
        assertThat(claim(structure.id(), null).status()).isEqualTo(401);
        assertThat(membersOf(structure.id())).isEmpty();
    }

    @Test
    void a_structure_that_is_not_listed_is_not_found_like_one_that_does_not_exist() {
        String token = KeycloakAccounts.newUser(domain()).token();
        Supplier delisted = imported(null, null);
        delisted.delist("admin", "closed", Instant.now());
        suppliers.save(delisted);

        Response toDelisted = claim(delisted.id(), token);
        Response toNothing = claim(UUID.randomUUID().toString(), token);

        assertThat(toDelisted.status()).isEqualTo(toNothing.status()).isEqualTo(404);
    }

    @Test
    void bad_input_is_a_problem_naming_the_field() {
        String token = KeycloakAccounts.newUser(domain()).token();
        String claimId = claimed(imported(null, null).id(), token).get("id").asString();

        Response noReason = decide(claimId, "reject", admin, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.header("Content-Type")).startsWith("application/problem+json");
        assertThat(noReason.json().at("/errors/0/field").asString()).isEqualTo("reason");
        Response badSiret = api.get("/api/v1/suppliers?siret=12ab", token);
        assertThat(badSiret.status()).isEqualTo(400);
        assertThat(badSiret.body()).contains("siret");
        Response badId = claim("not.an.id", token);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body()).contains("\"id\"");
        Response badPage = api.get("/api/v1/suppliers/claims/mine?size=1000", token);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("size");
    }

    @Test
    void claims_past_the_daily_limit_are_refused_with_429() {
        String token = KeycloakAccounts.newUser(domain()).token();
        for (int i = 0; i < limits.maxPerDay(); i++) {
            claimed(imported(null, null).id(), token);
        }

        Response tooMany = claim(imported(null, null).id(), token);

        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(429);
        assertThat(tooMany.header("Content-Type")).startsWith("application/problem+json");
    }
}
