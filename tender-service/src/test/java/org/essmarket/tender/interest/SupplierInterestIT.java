package org.essmarket.tender.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.TenderSamples.LYON;
import static org.essmarket.tender.TenderSamples.PARIS;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.bson.Document;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.tender.TenderApiScenario;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/** Supplier interest in tenders through the API, with real tokens, on the MongoDB stand-in. */
class SupplierInterestIT extends TenderApiScenario {

    @Autowired
    MongoTemplate mongo;

    private static String path(Tender tender, String rest) {
        return "/api/v1/tenders/" + tender.id() + rest;
    }

    private Response mark(Tender tender, String token, String body) {
        return api.send("PUT", path(tender, "/interest"), token, body, null);
    }

    private Response view(Tender tender, String token) {
        return api.send("POST", path(tender, "/views"), token, null, null);
    }

    @Test
    void the_buyer_sees_per_lot_how_many_suppliers_viewed_were_interested_or_declined_and_why() {
        Tender tender = tenders.stored(LYON, TenderStatus.PUBLISHED);

        assertThat(view(tender, supplier).status()).isEqualTo(204);
        assertThat(view(tender, supplier).status()).as("counted once").isEqualTo(204);
        assertThat(view(tender, otherSupplier).status()).isEqualTo(204);
        assertThat(mark(tender, supplier, "{\"level\": \"INTERESTED\", \"lots\": [1]}").status()).isEqualTo(200);
        Response declined = mark(tender, otherSupplier,
                "{\"level\": \"NOT_INTERESTED\", \"reason\": \"TOO_FAR\", \"note\": \"300 km\", \"lots\": [2]}");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        Response changed = mark(tender, supplier, "{\"level\": \"NOT_INTERESTED\", \"reason\": \"TOO_BIG\"}");
        assertThat(changed.json().at("/mark/reason").asString()).as("replaces the first mark").isEqualTo("TOO_BIG");

        Response report = api.get(path(tender, "/interest"), buyer);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode counts = report.json();
        assertThat(counts.get("viewed").asLong()).isEqualTo(2);
        assertThat(counts.get("interested").asLong()).isZero();
        assertThat(counts.get("declined").asLong()).isEqualTo(2);
        assertThat(counts.at("/lots/0/lot").asInt()).isEqualTo(1);
        assertThat(counts.at("/lots/0/viewed").asLong()).isEqualTo(2);
        assertThat(counts.at("/lots/0/declined").asLong()).isEqualTo(1);
        assertThat(counts.at("/lots/0/declineReasons/TOO_BIG").asLong()).isEqualTo(1);
        assertThat(counts.at("/lots/1/declined").asLong()).isEqualTo(2);
        assertThat(counts.at("/lots/1/declineReasons/TOO_FAR").asLong()).isEqualTo(1);
        assertThat(counts.at("/lots/1/declineReasons/TOO_BIG").asLong()).isEqualTo(1);
        assertThat(report.body()).as("counts only, no supplier named").doesNotContain("300 km").doesNotContain("userId");
        assertThat(api.get(path(tender, "/interest"), admin).status()).isEqualTo(200);

        JsonNode mine = api.get(path(tender, "/interest/mine"), otherSupplier).json();
        assertThat(mine.get("viewed").asBoolean()).isTrue();
        assertThat(mine.at("/mark/note").asString()).isEqualTo("300 km");
        assertThat(mine.at("/mark/lots/0").asInt()).isEqualTo(2);
    }

    @Test
    void others_get_403_on_the_report_or_404_when_they_cannot_see_the_tender() {
        Tender published = tenders.stored(PARIS, TenderStatus.PUBLISHED);
        assertProblem(api.get(path(published, "/interest"), buyer), 403);
        assertProblem(api.get(path(published, "/interest"), supplier), 403);
        assertProblem(api.get(path(published, "/interest"), null), 401);
        assertProblem(api.get(path(tenders.stored(PARIS, TenderStatus.DRAFT), "/interest"), buyer), 404);
        assertProblem(api.get(path(tenders.stored(PARIS, TenderStatus.DRAFT), "/interest"), supplier), 404);
        assertProblem(mark(published, buyer, "{\"level\": \"INTERESTED\"}"), 403);
        assertProblem(view(published, null), 401);
    }

    @Test
    void bad_marks_get_400_naming_the_field_and_closed_tenders_409() {
        Tender tender = tenders.stored(LYON, TenderStatus.PLANNED);

        Response noReason = mark(tender, supplier, "{\"level\": \"NOT_INTERESTED\"}");
        assertProblem(noReason, 400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        Response unknownLot = mark(tender, supplier, "{\"level\": \"INTERESTED\", \"lots\": [1, 9]}");
        assertProblem(unknownLot, 400);
        assertThat(unknownLot.body()).contains("\"field\":\"lots\"");
        assertProblem(mark(tender, supplier, "{\"level\": \"MAYBE\"}"), 400);
        JsonNode mine = api.get(path(tender, "/interest/mine"), supplier).json();
        assertThat(mine.get("viewed").asBoolean()).isFalse();
        assertThat(mine.has("mark")).as("nothing stored").isFalse();

        Response closed = mark(tenders.stored(LYON, TenderStatus.CLOSED), supplier, "{\"level\": \"INTERESTED\"}");
        assertProblem(closed, 409);
        assertThat(closed.body()).contains("CLOSED");
        assertProblem(mark(tenders.stored(PARIS, TenderStatus.DRAFT), supplier, "{\"level\": \"INTERESTED\"}"), 404);
    }

    @Test
    void parallel_marks_by_one_user_make_exactly_one_record() throws Exception {
        Tender tender = tenders.stored(LYON, TenderStatus.PUBLISHED);
        String[] bodies = { "{\"level\": \"INTERESTED\", \"lots\": [3]}",
                "{\"level\": \"NOT_INTERESTED\", \"reason\": \"DEADLINE_TOO_SHORT\"}" };

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> calls = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> i % 3 == 0 ? view(tender, supplier)
                            : mark(tender, supplier, bodies[i % 2])))
                    .toList();
            for (Future<Response> call : calls) {
                assertThat(call.get().status()).as(call.get().body()).isIn(200, 204);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(mongo.getCollection("interests").countDocuments(new Document("tenderId", tender.id()))).isEqualTo(1);
        JsonNode report = api.get(path(tender, "/interest"), buyer).json();
        assertThat(report.get("viewed").asLong()).isEqualTo(1);
        assertThat(report.get("interested").asLong() + report.get("declined").asLong()).isEqualTo(1);
    }
}
