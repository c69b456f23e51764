package org.essmarket.tender.question.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.essmarket.tender.tender.domain.Fixtures.NOW;

import java.time.Duration;
import java.time.Instant;

import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private static final String QUESTION = "Le lot 2 peut-il être exécuté en horaires décalés ?";

    private static Tender inStatus(TenderStatus status) {
        return Fixtures.tenderIn(status);
    }

    private static Question asked() {
        return Question.ask("q1", inStatus(TenderStatus.PUBLISHED), "supplier-1", QUESTION, NOW);
    }

    private static void assertBadField(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_supplier_asks_a_question_on_a_published_tender() {
        Question question = asked();

        assertThat(question.tenderId()).isEqualTo("t1");
        assertThat(question.isAskedBy("supplier-1")).isTrue();
        assertThat(question.isAskedBy(null)).isFalse();
        assertThat(question.isAnswered()).isFalse();
    }

    @Test
    void a_question_has_10_to_2000_characters() {
        Tender tender = inStatus(TenderStatus.PUBLISHED);
        assertBadField(() -> Question.ask("q", tender, "s", "   Prix ?   ", NOW), "text");
        assertBadField(() -> Question.ask("q", tender, "s", null, NOW), "text");
        assertBadField(() -> Question.ask("q", tender, "s", "x".repeat(2_001), NOW), "text");
        assertThat(Question.ask("q", tender, "s", "é".repeat(2_000), NOW).text()).hasSize(2_000);
        assertThat(Question.ask("q", tender, "s", "  Délai de 10 jours ?  ", NOW).text()).isEqualTo("Délai de 10 jours ?");
    }

    @Test
    void questions_are_asked_only_on_a_published_tender_before_its_deadline() {
        for (TenderStatus status : new TenderStatus[] { TenderStatus.PLANNED, TenderStatus.DRAFT, TenderStatus.CLOSED }) {
            assertThatThrownBy(() -> Question.ask("q", inStatus(status), "s", QUESTION, NOW))
                    .isInstanceOf(TenderRuleViolation.class).hasMessageContaining(status.name());
        }
        Instant afterDeadline = Fixtures.valid().deadline().plus(Duration.ofMinutes(1));
        assertThatThrownBy(() -> Question.ask("q", inStatus(TenderStatus.PUBLISHED), "s", QUESTION, afterDeadline))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining("deadline");
    }

    @Test
    void the_buyer_answers_and_corrects_its_answer_keeping_the_first_answer_time() {
        Question question = asked();
        Tender tender = inStatus(TenderStatus.PUBLISHED);
        Instant later = NOW.plus(Duration.ofHours(2));

        question.answer(tender, "Oui, de 6 h à 9 h.", "buyer-1", NOW.plusSeconds(60));
        question.answer(tender, "Oui, de 6 h à 10 h.", "buyer-1", later);

        assertThat(question.isAnswered()).isTrue();
        assertThat(question.answer()).isEqualTo("Oui, de 6 h à 10 h.");
        assertThat(question.answeredAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(question.answerUpdatedAt()).isEqualTo(later);
    }

    @Test
    void an_answer_has_1_to_5000_characters() {
        Tender tender = inStatus(TenderStatus.PUBLISHED);
        assertBadField(() -> asked().answer(tender, "  ", "b", NOW), "answer");
        assertBadField(() -> asked().answer(tender, "x".repeat(5_001), "b", NOW), "answer");
        assertThatThrownBy(() -> asked().answer(inStatus(TenderStatus.CLOSED), "Oui", "b", NOW))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining("CLOSED");
    }
}
