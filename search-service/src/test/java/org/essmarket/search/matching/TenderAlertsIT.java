package org.essmarket.search.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.search.TwoReplicas;
import org.essmarket.search.matching.application.AlertOutbox;
import org.essmarket.search.notification.application.NotificationFeed;
import org.essmarket.search.notification.persistence.NotificationDocument;
import org.essmarket.search.notification.persistence.NotificationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * A tender pushed as PUBLISHED tells the members of the suppliers it concerns, once (DESIGN.md §3
 * "Alerts"), on a real Elasticsearch fed through the owners' internal index API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Work that failed is due again at once, and only the tests run the job (after its first run at start-up).
        "essmarket.matching.alert-work.first-retry=0s", "essmarket.matching.alert-work.interval=1h" })
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class TenderAlertsIT {

    /**
     * Pointe-à-Pitre, a few km from Guadeloupe's centroid. The suppliers and tenders here are in
     * Guadeloupe, which the other tests leave alone, and are removed at the end: Elasticsearch is
     * shared by all the tests, whose counts must not see them.
     */
    private static final Map<String, Double> POINTE_A_PITRE = Map.of("lat", 16.2411, "lon", -61.5331);

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    AlertOutbox outbox;

    @MockitoSpyBean
    NotificationFeed feed;

    private List<String> supplierIds = List.of();
    private final List<String> tenderIds = new java.util.ArrayList<>();

    @AfterEach
    void removeWhatThisTestIndexed() throws Exception {
        ApiClient api = new ApiClient(port);
        String suppliers = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
        String tenders = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        supplierIds.forEach(id -> api.send("DELETE", "/internal/index/suppliers/" + id + "?version=100", suppliers,
                null, null));
        tenderIds.forEach(id -> api.send("DELETE", "/internal/index/tenders/" + id + "?version=100", tenders, null,
                null));
        // Removals are not searchable until a refresh: the next test's matching must not find these.
        elasticsearch.indices().refresh(refresh -> refresh.index("suppliers", "tenders"));
    }

    @Test
    void the_members_of_the_matching_supplier_are_told_once_and_nobody_else() throws Exception {
        ApiClient api = new ApiClient(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String supplierUser = Tokens.forUser(DemoUsers.SUPPLIER);
        String otherUser = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
        List<String> members = List.of(Tokens.subjectOf(supplierUser), Tokens.subjectOf(otherUser));
        String suppliers = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
        supplierIds = List.of("alert-match-" + run, "alert-cpv-" + run, "alert-far-" + run);
        push(api, suppliers, "suppliers", supplier("alert-match-" + run, "90911000",
                Map.of("kind", "RADIUS", "radiusKm", 50), members));
        push(api, suppliers, "suppliers", supplier("alert-cpv-" + run, "55520000", Map.of("kind", "COUNTRY"),
                List.of("wrong-cpv-" + run)));
        push(api, suppliers, "suppliers", supplier("alert-far-" + run, "90911000",
                Map.of("kind", "ZONES", "departments", List.of("75")), List.of("far-" + run)));
        elasticsearch.indices().refresh(refresh -> refresh.index("suppliers"));

        String tenderId = "alert-tender-" + run;
        tenderIds.add(tenderId);
        String tenders = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        assertThat(push(api, tenders, "tenders", Map.of("id", tenderId, "version", 1, "document", tender(tenderId)))
                .body()).contains("INDEXED");

        assertThat(alertsOf(tenderId)).extracting(NotificationDocument::recipientUserId)
                .containsExactlyInAnyOrderElementsOf(members);
        String feed = api.get("/api/v1/notifications?size=100", supplierUser).body();
        String alertId = "tender-alert:" + tenderId + ":" + members.get(0);
        assertThat(feed.split(alertId, -1)).as("the alert shows once in the member's feed").hasSize(2);
        assertThat(feed).contains("TENDER_ALERT");
        assertThat(api.get("/api/v1/notifications?size=100", otherUser).body())
                .contains("tender-alert:" + tenderId + ":" + members.get(1));

        assertThat(push(api, tenders, "tenders", Map.of("id", tenderId, "version", 1, "document", tender(tenderId)))
                .body()).as("the same event delivered again").contains("ALREADY_NEWER");
        assertThat(push(api, tenders, "tenders", Map.of("id", tenderId, "version", 2, "document", tender(tenderId)))
                .body()).as("a newer version").contains("INDEXED");
        assertThat(alertsOf(tenderId)).hasSize(2);
        assertThat(api.get("/api/v1/notifications?size=100", supplierUser).body().split(alertId, -1)).hasSize(2);
    }

    @Test
    void a_supplier_verified_after_a_tender_was_published_is_told_of_it_once() {
        ApiClient api = new ApiClient(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String tenders = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
        String open = "late-open-" + run;
        String closed = "late-closed-" + run;
        tenderIds.addAll(List.of(open, closed));
        Map<String, Object> pastDeadline = tender(closed, Instant.now().minus(1, ChronoUnit.DAYS));
        push(api, tenders, "tenders", Map.of("id", open, "version", 1, "document", tender(open)));
        push(api, tenders, "tenders", Map.of("id", closed, "version", 1, "document", pastDeadline));

        String suppliers = Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
        String supplierId = "late-supplier-" + run;
        supplierIds = List.of(supplierId);
        List<String> members = List.of("late-member-" + run);
        push(api, suppliers, "suppliers", supplier(supplierId, 1, "PENDING", "90911000", Map.of("kind", "COUNTRY"),
                members));
        assertThat(alertsOf(open)).as("not told before it is verified").isEmpty();

        for (int version : new int[] { 2, 3 }) {
            push(api, suppliers, "suppliers", supplier(supplierId, version, "VERIFIED", "90911000",
                    Map.of("kind", "COUNTRY"), members));
        }

        assertThat(alertsOf(open)).extracting(NotificationDocument::recipientUserId).containsExactlyElementsOf(members);
        assertThat(alertsOf(closed)).as("a tender past its deadline is not announced").isEmpty();
    }

    @Test
    void a_tender_pushed_as_planned_tells_nobody() {
        ApiClient api = new ApiClient(port);
        String tenderId = "alert-planned-" + UUID.randomUUID();
        tenderIds.add(tenderId);
        Map<String, Object> planned = new HashMap<>(tender(tenderId));
        planned.put("status", "PLANNED");
        String tenders = Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));

        assertThat(push(api, tenders, "tenders", Map.of("id", tenderId, "version", 1, "document", planned)).status())
                .isEqualTo(200);
        assertThat(alertsOf(tenderId)).isEmpty();
    }

    @Test
    void the_owners_retry_of_a_version_whose_alerts_failed_tells_the_members() {
        ApiClient api = new ApiClient(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> members = List.of("retry-member-" + run);
        supplierIds = List.of(pushSupplierOfAllFrance(api, "retry-supplier-" + run, members));
        String tenderId = "retry-tender-" + run;
        tenderIds.add(tenderId);
        pushWhileTheFeedFailsOnce(api, tenderId);

        assertThat(push(api, tenderService(), "tenders", Map.of("id", tenderId, "version", 1, "document",
                tender(tenderId))).body()).as("the owner pushes the same version again").contains("ALREADY_NEWER");

        assertThat(alertsOf(tenderId)).extracting(NotificationDocument::recipientUserId)
                .containsExactlyElementsOf(members);
    }

    @Test
    void an_alert_whose_sending_failed_is_sent_on_the_next_run_once() throws Exception {
        ApiClient api = new ApiClient(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> members = List.of("next-run-a-" + run, "next-run-b-" + run);
        supplierIds = List.of(pushSupplierOfAllFrance(api, "next-run-supplier-" + run, members));
        String tenderId = "next-run-tender-" + run;
        tenderIds.add(tenderId);
        pushWhileTheFeedFailsOnce(api, tenderId);

        TwoReplicas.runAtOnce(outbox::runDueWork);
        outbox.runDueWork();

        assertThat(alertsOf(tenderId)).extracting(NotificationDocument::recipientUserId)
                .containsExactlyInAnyOrderElementsOf(members);
        verify(feed, times(2).description("the failed attempt, then one of the runs")).deliver(
                argThat(batch -> batch.stream().anyMatch(alert -> alert.id().contains(tenderId))), anyMap());
    }

    @Test
    void a_tender_pushed_after_its_deadline_tells_nobody() {
        ApiClient api = new ApiClient(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        supplierIds = List.of(pushSupplierOfAllFrance(api, "past-supplier-" + run, List.of("past-member-" + run)));
        String tenderId = "past-tender-" + run;
        tenderIds.add(tenderId);
        Map<String, Object> stillPublished = tender(tenderId, Instant.now().minus(1, ChronoUnit.HOURS));

        assertThat(push(api, tenderService(), "tenders", Map.of("id", tenderId, "version", 1, "document",
                stillPublished)).body()).as("tender-service had not closed it yet").contains("INDEXED");

        assertThat(alertsOf(tenderId)).isEmpty();
    }

    @Test
    void a_tender_first_seen_closed_tells_nobody_when_its_published_version_arrives_after() {
        ApiClient api = new ApiClient(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        supplierIds = List.of(pushSupplierOfAllFrance(api, "closed-supplier-" + run, List.of("closed-member-" + run)));
        String tenderId = "closed-first-" + run;
        tenderIds.add(tenderId);
        Map<String, Object> published = tender(tenderId, Instant.now().minus(1, ChronoUnit.MINUTES));
        Map<String, Object> closed = new HashMap<>(published);
        closed.put("status", "CLOSED");

        push(api, tenderService(), "tenders", Map.of("id", tenderId, "version", 2, "document", closed));
        assertThat(push(api, tenderService(), "tenders", Map.of("id", tenderId, "version", 1, "document", published))
                .body()).contains("ALREADY_NEWER");
        outbox.runDueWork();

        assertThat(alertsOf(tenderId)).as("closed at its deadline: nobody can bid any more").isEmpty();
    }

    /** Elasticsearch takes the tender's first version, then the alerts fail. */
    private void pushWhileTheFeedFailsOnce(ApiClient api, String tenderId) {
        doThrow(new DataAccessResourceFailureException("the feed's store is away")).doCallRealMethod().when(feed)
                .deliver(anyList(), anyMap());
        assertThat(push(api, tenderService(), "tenders", Map.of("id", tenderId, "version", 1, "document",
                tender(tenderId))).body()).contains("INDEXED");
        assertThat(alertsOf(tenderId)).as("the alerts failed after Elasticsearch took the version").isEmpty();
    }

    /** A VERIFIED cleaning supplier working anywhere in France, with these members. */
    private static String pushSupplierOfAllFrance(ApiClient api, String id, List<String> members) {
        push(api, supplierService(), "suppliers", supplier(id, "90911000", Map.of("kind", "COUNTRY"), members));
        return id;
    }

    private static String supplierService() {
        return Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
    }

    private static String tenderService() {
        return Tokens.forClient("tender-service", DemoUsers.serviceClientSecret("tender-service"));
    }

    private List<NotificationDocument> alertsOf(String tenderId) {
        return notifications.findAll().stream().filter(n -> n.id().startsWith("tender-alert:" + tenderId + ":"))
                .toList();
    }

    private static Map<String, Object> supplier(String id, String cpv, Map<String, Object> range,
            List<String> memberIds) {
        return supplier(id, 1, "VERIFIED", cpv, range, memberIds);
    }

    private static Map<String, Object> supplier(String id, int version, String status, String cpv,
            Map<String, Object> range, List<String> memberIds) {
        return Map.of("id", id, "version", version, "document", Map.of("id", id, "legalName", "Structure " + id,
                "status", status, "kinds", List.of("ACI"), "department", "971", "region", "01", "location", POINTE_A_PITRE,
                "cpvCodes", List.of(cpv),
                "activities", List.of(Map.of("cpvCodes", List.of(cpv), "serviceTypes", List.of("SERVICE"), "range", range)),
                "memberIds", memberIds));
    }

    private static Map<String, Object> tender(String id) {
        return Map.of("id", id, "title", "Nettoyage des écoles de Pointe-à-Pitre", "status", "PUBLISHED",
                "placeScope", "DEPARTMENTS", "departmentCodes", List.of("971"), "regionCodes", List.of("01"),
                "cpvCodes", List.of("90910000"), "deadline", Instant.now().plus(30, ChronoUnit.DAYS).toString(),
                "lots", List.of(Map.of("number", 1, "title", "Écoles", "cpv", "90910000", "reservation", "NONE")),
                "reservations", List.of());
    }

    private static Map<String, Object> tender(String id, Instant deadline) {
        Map<String, Object> tender = new HashMap<>(tender(id));
        tender.put("deadline", deadline.toString());
        return tender;
    }

    private static Response push(ApiClient api, String token, String type, Map<String, Object> entry) {
        Response response = api.send("POST", "/internal/index/" + type, token,
                ApiClient.JSON.writeValueAsString(Map.of("documents", List.of(entry))), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }
}
