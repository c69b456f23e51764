package org.essmarket.tender.question.domain;

import java.time.Instant;
import java.util.Objects;

import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.essmarket.tender.tender.domain.TenderStatus;

/**
 * A supplier's question on a tender and the buyer's public answer. Questions and answers are
 * exchanged while the tender is PUBLISHED and before its deadline, so that every candidate gets the
 * same information in time to bid. An answered question is public; who asked it never is (equal
 * treatment of candidates): the asker is kept only to show its own unanswered questions back to it.
 */
public class Question {

    public static final int MIN_TEXT_LENGTH = 10;
    public static final int MAX_TEXT_LENGTH = 2_000;
    public static final int MAX_ANSWER_LENGTH = 5_000;

    private final String id;
    private final String tenderId;
    private final String askedBy;
    private final String text;
    private final Instant askedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    private Instant answerUpdatedAt;

    private Question(String id, String tenderId, String askedBy, String text, Instant askedAt, String answer,
            String answeredBy, Instant answeredAt, Instant answerUpdatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenderId = Objects.requireNonNull(tenderId, "tenderId");
        this.askedBy = Objects.requireNonNull(askedBy, "askedBy");
        this.text = text;
        this.askedAt = askedAt;
        this.answer = answer;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.answerUpdatedAt = answerUpdatedAt;
    }

    /** A supplier user asks; the text is {@value #MIN_TEXT_LENGTH} to {@value #MAX_TEXT_LENGTH} characters. */
    public static Question ask(String id, Tender tender, String askedBy, String text, Instant now) {
        requireOpenForQuestions(tender, now);
        return new Question(id, tender.id(), askedBy, checkedLength("text", text, MIN_TEXT_LENGTH, MAX_TEXT_LENGTH),
                now, null, null, null, null);
    }

    public static Question restore(String id, String tenderId, String askedBy, String text, Instant askedAt,
            String answer, String answeredBy, Instant answeredAt, Instant answerUpdatedAt) {
        return new Question(id, tenderId, askedBy, text, askedAt, answer, answeredBy, answeredAt, answerUpdatedAt);
    }

    /** The buyer answers, or corrects its answer; the first answer's time stays. */
    public void answer(Tender tender, String answerText, String buyerUserId, Instant now) {
        requireOpenForQuestions(tender, now);
        this.answer = checkedLength("answer", answerText, 1, MAX_ANSWER_LENGTH);
        this.answeredBy = buyerUserId;
        if (answeredAt == null) {
            answeredAt = now;
        } else {
            answerUpdatedAt = now;
        }
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public boolean isAskedBy(String userId) {
        return askedBy.equals(userId);
    }

    private static void requireOpenForQuestions(Tender tender, Instant now) {
        if (tender.status() != TenderStatus.PUBLISHED) {
            throw new TenderRuleViolation(tender.status(),
                    "Questions and answers are exchanged on a PUBLISHED tender, this one is " + tender.status());
        }
        if (tender.terms().deadline() != null && !tender.terms().deadline().isAfter(now)) {
            throw new TenderRuleViolation(tender.status(),
                    "The deadline " + tender.terms().deadline() + " has passed: no more questions and answers");
        }
    }

    private static String checkedLength(String field, String value, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length < min || length > max) {
            throw new InvalidFieldException(field, "Write " + min + " to " + max + " characters (" + length + " given)");
        }
        return stripped;
    }

    public String id() {
        return id;
    }

    public String tenderId() {
        return tenderId;
    }

    public String askedBy() {
        return askedBy;
    }

    public String text() {
        return text;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant answerUpdatedAt() {
        return answerUpdatedAt;
    }
}
