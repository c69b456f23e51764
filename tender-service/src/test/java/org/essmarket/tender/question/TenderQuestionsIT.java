package org.essmarket.tender.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.TenderSamples.LYON;
import static org.essmarket.tender.TenderSamples.PARIS;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.tender.TenderApiScenario;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A tender's public Q&A through the API, with real tokens, on the MongoDB stand-in. */
class TenderQuestionsIT extends TenderApiScenario {

    private static final String QUESTION = "Les horaires décalés sont-ils possibles sur le lot 2 ?";

    private static String questions(Tender tender) {
        return "/api/v1/tenders/" + tender.id() + "/questions";
    }

    private Response ask(Tender tender, String token, String text) {
        return api.send("POST", questions(tender), token, ApiClient.JSON.writeValueAsString(new Ask(text)), null);
    }

    private Response answer(Tender tender, String questionId, String token, String text) {
        return api.send("PUT", questions(tender) + "/" + questionId + "/answer", token,
                ApiClient.JSON.writeValueAsString(new Answer(text)), null);
    }

    record Ask(String text) {
    }

    record Answer(String answer) {
    }

    /** The Keycloak subject a token names: what must never show in a public view. */
    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return ApiClient.JSON.readTree(payload).get("sub").asString();
    }

    @Test
    void askers_stay_anonymous_and_unanswered_questions_are_seen_only_by_their_asker_and_the_buyer() {
        Tender tender = tenders.stored(LYON, TenderStatus.PUBLISHED);
        String asker = subjectOf(supplier);

        Response asked = api.send("POST", questions(tender), supplier, """
                {"text": "%s", "id": "chosen", "askedBy": "someone-else", "answer": "Oui",
                 "answeredAt": "2020-01-01T00:00:00Z"}""".formatted(QUESTION), null);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String id = asked.json().get("id").asString();
        assertThat(id).as("server-owned fields are ignored").isNotEqualTo("chosen");
        assertThat(asked.json().has("answer")).isFalse();
        assertThat(asked.json().has("answeredAt")).isFalse();
        assertThat(asked.json().get("askedByYou").asBoolean()).isTrue();
        assertThat(asked.body()).doesNotContain(asker);

        assertThat(api.get(questions(tender), null).json().get("totalElements").asLong()).as("unanswered").isZero();
        assertThat(api.get(questions(tender), otherSupplier).body()).doesNotContain(id);
        assertThat(api.get(questions(tender), supplier).body()).contains(id);
        Response buyerView = api.get(questions(tender), buyer);
        assertThat(buyerView.body()).contains(id).doesNotContain(asker);
        assertThat(buyerView.json().at("/content/0/askedByYou").asBoolean()).isFalse();

        Response answered = answer(tender, id, buyer, "Oui, de 6 h à 9 h.");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        Response corrected = answer(tender, id, buyer, "Oui, de 6 h à 10 h.");
        assertThat(corrected.json().get("answerUpdatedAt").isNull()).isFalse();
        assertThat(corrected.json().get("answeredAt").asString()).isEqualTo(answered.json().get("answeredAt").asString());

        for (String reader : new String[] { null, otherSupplier, supplier, buyer, admin }) {
            Response view = api.get(questions(tender), reader);
            assertThat(view.status()).isEqualTo(200);
            assertThat(view.body()).doesNotContain(asker).doesNotContain("askedBy\"");
            JsonNode question = view.json().at("/content/0");
            assertThat(question.get("id").asString()).isEqualTo(id);
            assertThat(question.get("answer").asString()).isEqualTo("Oui, de 6 h à 10 h.");
        }
    }

    @Test
    void questions_and_answers_are_checked_for_length_naming_the_field() {
        Tender tender = tenders.stored(LYON, TenderStatus.PUBLISHED);

        Response tooShort = ask(tender, supplier, "Prix ?");
        assertProblem(tooShort, 400);
        assertThat(tooShort.body()).contains("\"field\":\"text\"");
        assertProblem(ask(tender, supplier, "x".repeat(2_001)), 400);

        String id = ask(tender, supplier, QUESTION).json().get("id").asString();
        Response blank = answer(tender, id, buyer, " ");
        assertProblem(blank, 400);
        assertThat(blank.body()).contains("\"field\":\"answer\"");
        assertProblem(answer(tender, id, buyer, "x".repeat(5_001)), 400);
        assertThat(api.get(questions(tender), null).json().get("totalElements").asLong()).as("nothing answered").isZero();
    }

    @Test
    void only_suppliers_ask_and_only_the_tenders_buyer_body_answers() {
        Tender tender = tenders.stored(LYON, TenderStatus.PUBLISHED);
        String id = ask(tender, supplier, QUESTION).json().get("id").asString();

        assertProblem(ask(tender, buyer, QUESTION), 403);
        assertProblem(ask(tender, admin, QUESTION), 403);
        assertProblem(ask(tender, null, QUESTION), 401);
        assertProblem(answer(tender, id, supplier, "Oui"), 403);
        assertProblem(answer(tender, id, null, "Oui"), 401);
        assertProblem(answer(tender, "no-such-question", buyer, "Oui"), 404);

        Tender paris = tenders.stored(PARIS, TenderStatus.PUBLISHED);
        String parisQuestion = ask(paris, supplier, QUESTION).json().get("id").asString();
        assertProblem(answer(paris, parisQuestion, buyer, "Oui"), 403);
        assertProblem(answer(tender, parisQuestion, buyer, "Oui"), 404); // not through another tender
    }

    @Test
    void questions_are_asked_on_published_tenders_before_their_deadline() {
        assertProblem(ask(tenders.stored(PARIS, TenderStatus.DRAFT), supplier, QUESTION), 404);
        assertProblem(api.get(questions(tenders.stored(PARIS, TenderStatus.DRAFT)), null), 404);

        Response closed = ask(tenders.stored(LYON, TenderStatus.CLOSED), supplier, QUESTION);
        assertProblem(closed, 409);
        assertThat(closed.body()).contains("CLOSED");
        Response planned = ask(tenders.stored(LYON, TenderStatus.PLANNED), supplier, QUESTION);
        assertProblem(planned, 409);
        assertThat(planned.json().get("tenderStatus").asString()).isEqualTo("PLANNED");
        Response pastDeadline = ask(tenders.stored(LYON, TenderStatus.PUBLISHED, Instant.now().minusSeconds(60)),
                supplier, QUESTION);
        assertProblem(pastDeadline, 409);
        assertThat(pastDeadline.body()).contains("PUBLISHED").contains("deadline");
    }
}
