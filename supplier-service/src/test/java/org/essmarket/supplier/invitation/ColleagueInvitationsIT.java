package org.essmarket.supplier.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.essmarket.devstack.mail.MailInbox;
import org.essmarket.devstack.mail.MailInbox.Mail;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.DevStack;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.supplier.FreshSirets;
import org.essmarket.supplier.KeycloakAccounts;
import org.essmarket.supplier.KeycloakAccounts.Account;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Colleague invitations through the API: the email reaches the test mail server, the invited
 * Keycloak account accepts with the link's token, the real Keycloak grants the role.
 */
@ServiceIntegrationTest
class ColleagueInvitationsIT {

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> DevStack.mailServer().smtpPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    SupplierStore suppliers;

    @Autowired
    MongoTemplate mongo;

    private ApiClient api;
    private final MailInbox inbox = new MailInbox(DevStack.mailServer().inboxUrl());

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** A listed structure whose one member is a new account. */
    private record Structure(Supplier supplier, Account member) {
    }

    private Structure structureWithAMember() {
        Account member = KeycloakAccounts.newUser(domain());
        SupplierProfile profile = new SupplierProfile("Atelier " + UUID.randomUUID(), null, null, null, null,
                Set.of(SupplierKind.EI),
                new Location("12 rue de Cronstadt", "69007", "69387", "Lyon 7e Arrondissement", "69", "84", 45.74, 4.85),
                List.of(), null, List.of(), List.of(), null, null, null, List.of(), null, List.of(), null);
        Supplier supplier = Supplier.imported(UUID.randomUUID().toString(), Siret.of(FreshSirets.next(), "siret"),
                profile, SupplierOrigin.SIAE_IMPORT, "import", Instant.now());
        supplier.addMember(member.id(), "import", Instant.now());
        return new Structure(suppliers.save(supplier), member);
    }

    private static String domain() {
        return "atelier-" + UUID.randomUUID().toString().substring(0, 8) + ".fr";
    }

    private Response invite(Structure structure, String token, String email) {
        return api.send("POST", "/api/v1/suppliers/" + structure.supplier().id() + "/invitations", token,
                "{\"email\": \"" + email + "\"}", null);
    }

    /** Invites {@code email} as the structure's member and returns the token of the emailed link. */
    private String invited(Structure structure, String email) {
        Response invited = invite(structure, structure.member().token(), email);
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.body()).doesNotContain("token");
        Mail mail = inbox.lastTo(email, 50).orElseThrow();
        assertThat(mail.subject()).contains(structure.supplier().profile().legalName());
        String link = mail.links().stream().filter(l -> l.contains("/invitations/")).findFirst().orElseThrow();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private Response accept(String invitationToken, String userToken) {
        return api.send("POST", "/api/v1/suppliers/invitations/accept", userToken,
                "{\"token\": \"" + invitationToken + "\"}", null);
    }

    private List<String> membersOf(Structure structure) {
        return suppliers.findById(structure.supplier().id()).orElseThrow().memberIds();
    }

    @Test
    void a_member_invites_a_colleague_by_email_who_signs_in_with_that_address_accepts_and_becomes_a_member_and_a_supplier() {
        Structure structure = structureWithAMember();
        Account colleague = KeycloakAccounts.newUser(domain());

        String token = invited(structure, colleague.email());
        Response accepted = accept(token, colleague.token());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(membersOf(structure)).contains(colleague.id());
        assertThat(KeycloakAccounts.realmRolesOf(colleague.id())).contains("supplier");
        Response again = accept(token, colleague.token());
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.json().get("invitationStatus").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void the_link_works_only_for_the_invited_address() {
        Structure structure = structureWithAMember();
        Account colleague = KeycloakAccounts.newUser(domain());
        Account someoneElse = KeycloakAccounts.newUser(domain());
        String token = invited(structure, colleague.email());

        Response forged = accept(token + "x", someoneElse.token());
        Response notTheirs = accept(token, someoneElse.token());

        assertThat(forged.status()).isEqualTo(404);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(membersOf(structure)).doesNotContain(someoneElse.id());
        assertThat(accept(token, colleague.token()).status()).isEqualTo(200);
    }

    @Test
    void a_revoked_invitation_says_it_was_revoked() {
        Structure structure = structureWithAMember();
        Account colleague = KeycloakAccounts.newUser(domain());
        String token = invited(structure, colleague.email());
        String id = api.get("/api/v1/suppliers/" + structure.supplier().id() + "/invitations", structure.member().token())
                .json().at("/content/0/id").asString();

        Response revoked = api.send("DELETE", "/api/v1/suppliers/" + structure.supplier().id() + "/invitations/" + id,
                structure.member().token(), null, null);
        Response accepted = accept(token, colleague.token());

        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(accepted.status()).isEqualTo(410);
        assertThat(accepted.json().get("invitationStatus").asString()).isEqualTo("REVOKED");
        assertThat(accepted.json().get("detail").asString()).contains("revoked");
        assertThat(membersOf(structure)).doesNotContain(colleague.id());
    }

    @Test
    void an_invitation_older_than_seven_days_says_it_expired() {
        Structure structure = structureWithAMember();
        Account colleague = KeycloakAccounts.newUser(domain());
        String token = invited(structure, colleague.email());
        mongo.updateFirst(new Query(Criteria.where("supplierId").is(structure.supplier().id())),
                Update.update("invitedAt", Instant.now().minus(8, ChronoUnit.DAYS)), "invitations");

        Response accepted = accept(token, colleague.token());

        assertThat(accepted.status()).isEqualTo(410);
        assertThat(accepted.json().get("invitationStatus").asString()).isEqualTo("EXPIRED");
        assertThat(accepted.json().get("detail").asString()).contains("expired on");
        assertThat(api.get("/api/v1/suppliers/" + structure.supplier().id() + "/invitations", structure.member().token())
                .json().at("/content/0/status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void only_members_invite_list_and_revoke() {
        Structure structure = structureWithAMember();
        Structure other = structureWithAMember();
        String outsider = other.member().token();
        invited(structure, "colleague-" + UUID.randomUUID() + "@" + domain());
        String id = api.get("/api/v1/suppliers/" + structure.supplier().id() + "/invitations", structure.member().token())
                .json().at("/content/0/id").asString();

        assertThat(invite(structure, outsider, "x@" + domain()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/suppliers/" + structure.supplier().id() + "/invitations", outsider).status())
                .isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/suppliers/" + structure.supplier().id() + "/invitations/" + id, outsider,
                null, null).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/suppliers/" + other.supplier().id() + "/invitations/" + id, outsider,
                null, null).status()).isEqualTo(404);
        assertThat(invite(structure, null, "x@" + domain()).status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_a_problem_naming_the_field() {
        Structure structure = structureWithAMember();
        String member = structure.member().token();

        Response notAnAddress = invite(structure, member, "camille");
        Response noToken = api.send("POST", "/api/v1/suppliers/invitations/accept", member, "{}", null);

        assertThat(notAnAddress.status()).isEqualTo(400);
        assertThat(notAnAddress.json().at("/errors/0/field").asString()).isEqualTo("email");
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.body()).contains("token");
    }
}
