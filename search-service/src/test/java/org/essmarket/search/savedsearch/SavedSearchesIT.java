package org.essmarket.search.savedsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.search.TwoReplicas;
import org.essmarket.search.matching.application.AlertOutbox;
import org.essmarket.search.savedsearch.persistence.SavedSearchRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Saved searches on a real Elasticsearch, with a real SMTP server (GreenMail) for email alerts:
 * the owner of a saved search is told once of each newly published tender it finds, in the feed
 * and by email when asked; nobody else sees or deletes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Emails go out when the tests run the job; one SMTP refused is due again at once.
        "essmarket.matching.alert-work.first-retry=0s", "essmarket.matching.alert-work.interval=1h" })
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class SavedSearchesIT {

    private static final String SAVED = "/api/v1/search/saved-searches";
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    SavedSearchRepository savedSearches;

    @Autowired
    AlertOutbox outbox;

    @MockitoSpyBean
    JavaMailSender smtp;

    private final String tenderService = Tokens.forClient("tender-service",
            DemoUsers.serviceClientSecret("tender-service"));
    private final List<String> tenderIds = new ArrayList<>();

    @AfterEach
    void removeWhatThisTestMade() throws Exception {
        savedSearches.deleteAll();
        ApiClient api = new ApiClient(port);
        tenderIds.forEach(id -> api.send("DELETE", "/internal/index/tenders/" + id + "?version=100", tenderService,
                null, null));
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void the_owner_is_told_once_of_a_newly_published_tender_its_search_finds_in_app_and_by_email()
            throws Exception {
        ApiClient api = new ApiClient(port);
        String owner = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
        Response saved = api.send("POST", SAVED, owner, """
                {"name": "Nettoyage dans le Rhône", "q": "nettoyage", "department": ["Rhône"], "emailAlerts": true}""",
                null);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String email = saved.json().get("alertEmail").asString();
        assertThat(email).as("the address of the owner's account").contains("@");

        String run = UUID.randomUUID().toString().substring(0, 8);
        String found = "saved-found-" + run;
        String elsewhere = "saved-elsewhere-" + run;
        push(api, found, 1, "Nettoyage des gymnases de Vénissieux", "69");
        push(api, elsewhere, 1, "Nettoyage des gymnases de Paris", "75");
        push(api, found, 2, "Nettoyage des gymnases de Vénissieux", "69");

        String feed = api.get("/api/v1/notifications?size=100", owner).body();
        String alert = "tender-alert:" + found + ":" + Tokens.subjectOf(owner);
        assertThat(feed.split(alert, -1)).as("one alert, even after the tender's second version").hasSize(2);
        assertThat(feed).doesNotContain(elsewhere);
        outbox.runDueWork();
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).as("one email").hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mails[0].getSubject()).contains("Nettoyage des gymnases de Vénissieux");
        assertThat((String) mails[0].getContent()).contains("Nettoyage dans le Rhône", "/api/v1/tenders/" + found);
    }

    @Test
    void an_alert_email_smtp_refused_is_sent_on_the_next_run_once() throws Exception {
        ApiClient api = new ApiClient(port);
        String owner = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
        assertThat(api.send("POST", SAVED, owner, """
                {"name": "Nettoyage dans l'Ain", "q": "nettoyage", "department": ["01"], "emailAlerts": true}""",
                null).status()).isEqualTo(201);
        doThrow(new MailSendException("SMTP is away")).doCallRealMethod().when(smtp).send(any(SimpleMailMessage.class));
        String found = "saved-refused-" + UUID.randomUUID().toString().substring(0, 8);
        push(api, found, 1, "Nettoyage des gymnases de Bourg-en-Bresse", "01");

        outbox.runDueWork();
        assertThat(SMTP.getReceivedMessages()).as("SMTP refused it").isEmpty();
        TwoReplicas.runAtOnce(outbox::runDueWork);
        outbox.runDueWork();

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()).as("sent once, by one of the runs").hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).contains("Bourg-en-Bresse");
        verify(smtp, times(2)).send(any(SimpleMailMessage.class));
    }

    @Test
    void a_search_without_email_alerts_tells_its_owner_in_app_only() throws Exception {
        ApiClient api = new ApiClient(port);
        String owner = Tokens.forUser(DemoUsers.BUYER);
        assertThat(api.send("POST", SAVED, owner, """
                {"name": "Espaces verts réservés", "cpvPrefix": ["77"], "reservation": ["INSERTION"]}""", null)
                .status()).isEqualTo(201);
        String tender = "saved-inapp-" + UUID.randomUUID();
        push(api, tender, 1, "Entretien des espaces verts", "31", "77310000", "INSERTION");

        assertThat(api.get("/api/v1/notifications?size=100", owner).body())
                .contains("tender-alert:" + tender + ":" + Tokens.subjectOf(owner));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void each_user_sees_and_deletes_only_its_own_saved_searches() {
        ApiClient api = new ApiClient(port);
        String owner = Tokens.forUser(DemoUsers.SUPPLIER);
        String other = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
        String id = api.send("POST", SAVED, owner, "{\"name\": \"Restauration\", \"cpvPrefix\": [\"55\"]}", null)
                .json().get("id").asString();

        assertThat(api.get(SAVED, owner).body()).contains(id, "Restauration");
        assertThat(api.get(SAVED, other).body()).doesNotContain(id);
        assertThat(api.send("DELETE", SAVED + "/" + id, other, null, null).status()).isEqualTo(404);
        assertThat(api.get(SAVED, null).status()).isEqualTo(401);
        assertThat(api.send("DELETE", SAVED + "/" + id, owner, null, null).status()).isEqualTo(204);
        assertThat(api.get(SAVED, owner).body()).doesNotContain(id);
    }

    @Test
    void the_owner_turns_email_alerts_on_and_off_and_nobody_else_can() {
        ApiClient api = new ApiClient(port);
        String owner = Tokens.forUser(DemoUsers.SUPPLIER);
        String id = api.send("POST", SAVED, owner, "{\"name\": \"Espaces verts\", \"q\": \"espaces verts\"}", null)
                .json().get("id").asString();

        Response on = api.send("PUT", SAVED + "/" + id + "/email-alerts", owner, "{\"emailAlerts\": true}", null);
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.json().get("emailAlerts").asBoolean()).isTrue();
        assertThat(on.json().get("alertEmail").asString()).contains("@");
        assertThat(api.get(SAVED, owner).json().get(0).get("emailAlerts").asBoolean()).isTrue();

        assertThat(api.send("PUT", SAVED + "/" + id + "/email-alerts", Tokens.forUser(DemoUsers.OTHER_SUPPLIER),
                "{\"emailAlerts\": false}", null).status()).isEqualTo(404);
        Response missing = api.send("PUT", SAVED + "/" + id + "/email-alerts", owner, "{}", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("emailAlerts");

        Response off = api.send("PUT", SAVED + "/" + id + "/email-alerts", owner, "{\"emailAlerts\": false}", null);
        assertThat(off.json().get("emailAlerts").asBoolean()).isFalse();
        assertThat(api.get(SAVED, owner).json().get(0).get("emailAlerts").asBoolean()).isFalse();
    }

    @Test
    void bad_criteria_are_refused_naming_them() {
        ApiClient api = new ApiClient(port);
        String user = Tokens.forUser(DemoUsers.SUPPLIER);

        Response badPlace = api.send("POST", SAVED, user, """
                {"name": "Ailleurs", "department": ["Atlantide"], "cpvPrefix": ["9*"]}""", null);
        assertThat(badPlace.status()).isEqualTo(400);
        assertThat(badPlace.header("Content-Type")).contains("application/problem+json");
        assertThat(badPlace.body()).contains("\"field\":\"department\"", "\"field\":\"cpvPrefix\"");
        Response noName = api.send("POST", SAVED, user, "{\"name\": \" \", \"q\": \"nettoyage\"}", null);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("\"field\":\"name\"");
        assertThat(api.get(SAVED, user).json()).as("nothing saved").isEmpty();
    }

    @Test
    void a_user_keeps_at_most_twenty_saved_searches() {
        ApiClient api = new ApiClient(port);
        String user = Tokens.forUser(DemoUsers.ADMIN);
        for (int i = 0; i < 20; i++) {
            assertThat(api.send("POST", SAVED, user, "{\"name\": \"Recherche " + i + "\", \"q\": \"lot " + i + "\"}",
                    null).status()).isEqualTo(201);
        }

        Response oneTooMany = api.send("POST", SAVED, user, "{\"name\": \"Une de trop\"}", null);
        assertThat(oneTooMany.status()).as(oneTooMany.body()).isEqualTo(409);
        assertThat(oneTooMany.body()).contains("delete one first");
        assertThat(api.get(SAVED, user).json()).hasSize(20);
    }

    private void push(ApiClient api, String id, long version, String title, String department) {
        push(api, id, version, title, department, "90910000", "NONE");
    }

    private void push(ApiClient api, String id, long version, String title, String department, String cpv,
            String reservation) {
        tenderIds.add(id);
        Map<String, Object> tender = Map.of("id", id, "title", title, "status", "PUBLISHED", "placeScope",
                "DEPARTMENTS", "departmentCodes", List.of(department), "cpvCodes", List.of(cpv),
                "deadline", Instant.now().plus(20, ChronoUnit.DAYS).toString(),
                "lots", List.of(Map.of("number", 1, "title", title, "cpv", cpv, "reservation", reservation)),
                "reservations", "NONE".equals(reservation) ? List.of() : List.of(reservation));
        Response response = api.send("POST", "/internal/index/tenders", tenderService, ApiClient.JSON.writeValueAsString(
                Map.of("documents", List.of(Map.of("id", id, "version", version, "document", tender)))), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
