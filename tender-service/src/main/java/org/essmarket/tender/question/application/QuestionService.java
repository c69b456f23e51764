package org.essmarket.tender.question.application;

import java.time.Clock;
import java.util.UUID;

import org.essmarket.platform.security.MarketplaceRoles;
import org.essmarket.platform.web.UseCaseRefusal;
import org.essmarket.tender.question.domain.Question;
import org.essmarket.tender.question.persistence.QuestionStore;
import org.essmarket.tender.tender.application.Caller;
import org.essmarket.tender.tender.application.TenderExceptions.NotAllowed;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.Tender;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * A tender's public Q&A: suppliers ask, the tender's buyer body answers for everyone to read.
 * Whoever may see the tender reads the answered questions; an asker also sees its own unanswered
 * ones; the buyer body and facilitators see them all.
 */
@Service
public class QuestionService {

    /** No such question on this tender (404). */
    public static class QuestionNotFound extends UseCaseRefusal.NotFound {
        public QuestionNotFound(String id) {
            super("No question " + id + " on this tender");
        }
    }

    private final TenderService tenders;
    private final QuestionStore questions;
    private final Clock clock;

    public QuestionService(TenderService tenders, QuestionStore questions, Clock clock) {
        this.tenders = tenders;
        this.questions = questions;
        this.clock = clock;
    }

    public Question askQuestion(Caller caller, String tenderId, String text) {
        Tender tender = tenders.findTender(caller, tenderId);
        if (!caller.roles().contains(MarketplaceRoles.SUPPLIER)) {
            throw new NotAllowed("Suppliers ask questions on tenders");
        }
        return questions.save(Question.ask(UUID.randomUUID().toString(), tender, caller.userId(), text,
                clock.instant()));
    }

    public Question answerQuestion(Caller caller, String tenderId, String questionId, String answer) {
        Tender tender = tenders.findOwnTender(caller, tenderId);
        Question question = questions.find(tender.id(), questionId)
                .orElseThrow(() -> new QuestionNotFound(questionId));
        question.answer(tender, answer, caller.userId(), clock.instant());
        return questions.save(question);
    }

    public Page<Question> listQuestions(Caller caller, String tenderId, Pageable page) {
        Tender tender = tenders.findTender(caller, tenderId);
        if (caller.isAdmin() || caller.actsFor(tender.buyerSiret())) {
            return questions.findAll(tender.id(), page);
        }
        return questions.findAnsweredOrAskedBy(tender.id(), caller.userId(), page);
    }
}
