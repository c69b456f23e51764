package org.essmarket.tender.question.persistence;

import java.time.Instant;

import org.essmarket.tender.question.domain.Question;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A question as stored in the {@code questions} collection; {@code answered} is kept for the public filter. */
@Document("questions")
record QuestionDocument(
        @Id String id,
        @Indexed String tenderId,
        String askedBy,
        String text,
        Instant askedAt,
        boolean answered,
        String answer,
        String answeredBy,
        Instant answeredAt,
        Instant answerUpdatedAt) {

    static QuestionDocument of(Question q) {
        return new QuestionDocument(q.id(), q.tenderId(), q.askedBy(), q.text(), q.askedAt(), q.isAnswered(),
                q.answer(), q.answeredBy(), q.answeredAt(), q.answerUpdatedAt());
    }

    Question toQuestion() {
        return Question.restore(id, tenderId, askedBy, text, askedAt, answer, answeredBy, answeredAt, answerUpdatedAt);
    }
}
