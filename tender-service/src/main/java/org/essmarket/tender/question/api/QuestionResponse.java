package org.essmarket.tender.question.api;

import java.time.Instant;

import org.essmarket.tender.question.domain.Question;

/**
 * A question as every reader sees it, its buyer included: never who asked it, only whether the
 * reader did ({@code askedByYou}).
 */
public record QuestionResponse(String id, String text, Instant askedAt, boolean askedByYou, String answer,
        Instant answeredAt, Instant answerUpdatedAt) {

    static QuestionResponse of(Question question, String readerId) {
        return new QuestionResponse(question.id(), question.text(), question.askedAt(),
                question.isAskedBy(readerId), question.answer(), question.answeredAt(), question.answerUpdatedAt());
    }
}
