package org.essmarket.search.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Other services tell users things through {@code POST /internal/notifications}; retries never show twice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class InternalNotificationIT {

    @LocalServerPort
    int port;

    @Test
    void a_notification_delivered_twice_appears_once_in_the_recipient_s_feed_only() {
        ApiClient api = new ApiClient(port);
        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
        String tenderService = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        String id = "bid-outcome:" + UUID.randomUUID();
        String batch = """
                [{"id": "%s", "recipientUserId": "%s", "kind": "BID_OUTCOME",
                  "title": "Votre offre est retenue pour le lot 1", "link": "/api/v1/tenders/t/bids/b"}]"""
                .formatted(id, Tokens.subjectOf(supplier));

        Response first = api.send("POST", "/internal/notifications", tenderService, batch, null);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("delivered").asInt()).isEqualTo(1);
        Response retry = api.send("POST", "/internal/notifications", tenderService, batch, null);
        assertThat(retry.json().get("delivered").asInt()).isZero();

        String feed = api.get("/api/v1/notifications?size=100", supplier).body();
        assertThat(feed.split(id, -1)).as("the notification shows once").hasSize(2);
        assertThat(api.get("/api/v1/notifications?size=100", Tokens.forUser(DemoUsers.OTHER_SUPPLIER)).body())
                .doesNotContain(id);
    }

    @Test
    void a_user_marks_its_own_notification_read_and_nobody_else_can() {
        ApiClient api = new ApiClient(port);
        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
        String tenderService = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        String id = "bid-outcome:" + UUID.randomUUID();
        api.send("POST", "/internal/notifications", tenderService, """
                [{"id": "%s", "recipientUserId": "%s", "kind": "BID_OUTCOME", "title": "Lot 2"}]"""
                .formatted(id, Tokens.subjectOf(supplier)), null);

        assertThat(api.send("POST", "/api/v1/notifications/" + id + "/read", Tokens.forUser(DemoUsers.OTHER_SUPPLIER),
                null, null).status()).isEqualTo(404);
        Response read = api.send("POST", "/api/v1/notifications/" + id + "/read", supplier, null, null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/notifications?size=100", supplier).json().get("content").findValues("id").stream()
                .filter(node -> node.asString().equals(id)).count()).isEqualTo(1);
        assertThat(api.send("POST", "/api/v1/notifications/" + id + "/read", null, null, null).status()).isEqualTo(401);
    }

    @Test
    void the_unread_count_falls_as_notifications_are_read_and_marking_all_read_clears_it() {
        ApiClient api = new ApiClient(port);
        String supplier = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
        String tenderService = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        api.send("POST", "/api/v1/notifications/read-all", supplier, null, null);
        assertThat(api.get("/api/v1/notifications/unread-count", supplier).json().get("unread").asLong()).isZero();
        String first = "tender-alert:" + UUID.randomUUID();
        String second = "tender-alert:" + UUID.randomUUID();
        api.send("POST", "/internal/notifications", tenderService, """
                [{"id": "%s", "recipientUserId": "%s", "kind": "TENDER_ALERT", "title": "Un"},
                 {"id": "%s", "recipientUserId": "%s", "kind": "TENDER_ALERT", "title": "Deux"}]"""
                .formatted(first, Tokens.subjectOf(supplier), second, Tokens.subjectOf(supplier)), null);

        assertThat(api.get("/api/v1/notifications/unread-count", supplier).json().get("unread").asLong()).isEqualTo(2);
        api.send("POST", "/api/v1/notifications/" + first + "/read", supplier, null, null);
        assertThat(api.get("/api/v1/notifications/unread-count", supplier).json().get("unread").asLong()).isEqualTo(1);

        Response all = api.send("POST", "/api/v1/notifications/read-all", supplier, null, null);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("marked").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/notifications/unread-count", supplier).json().get("unread").asLong()).isZero();
        assertThat(api.get("/api/v1/notifications?size=100", supplier).json().get("content").findValues("read").stream()
                .allMatch(read -> read.asBoolean())).isTrue();
        assertThat(api.get("/api/v1/notifications/unread-count", null).status()).isEqualTo(401);
    }

    @Test
    void a_page_of_notifications_larger_than_100_is_refused_naming_size() {
        ApiClient api = new ApiClient(port);
        String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
        for (String size : new String[] { "101", "100000" }) {
            Response response = api.get("/api/v1/notifications?size=" + size, supplier);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("size");
        }
        assertThat(api.get("/api/v1/notifications?size=100", supplier).status()).isEqualTo(200);
    }

    @Test
    void only_the_services_that_notify_deliver_and_a_bad_notification_names_its_field() {
        ApiClient api = new ApiClient(port);
        String batch = "[{\"id\": \"x\", \"recipientUserId\": \"u\", \"kind\": \"BID_OUTCOME\", \"title\": \"t\"}]";
        assertThat(api.send("POST", "/internal/notifications", Tokens.forUser(DemoUsers.SUPPLIER), batch, null).status())
                .isEqualTo(403);
        assertThat(api.send("POST", "/internal/notifications", null, batch, null).status()).isEqualTo(401);
        for (String other : new String[] { "supplier-service", "search-service" }) {
            assertThat(api.send("POST", "/internal/notifications", Tokens.forClient(other,
                    DemoUsers.serviceClientSecret(other)), batch, null).status())
                    .as("tender-service and consortium-service tell users things, not " + other).isEqualTo(403);
        }

        String service = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        Response noTitle = api.send("POST", "/internal/notifications", service,
                "[{\"id\": \"y\", \"recipientUserId\": \"u\", \"kind\": \"BID_OUTCOME\"}]", null);
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().at("/errors/0/field").asString()).isEqualTo("notifications[0].title");
    }
}
