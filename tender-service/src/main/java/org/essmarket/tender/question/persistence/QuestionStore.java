package org.essmarket.tender.question.persistence;

import java.util.List;
import java.util.Optional;

import org.essmarket.tender.question.domain.Question;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Questions in MongoDB. Only the answer changes after a question is asked, by the tender's buyer
 * alone, so a save replaces the whole question (the last correction of an answer wins).
 */
@Component
public class QuestionStore {

    private final MongoTemplate mongo;

    QuestionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Question save(Question question) {
        return mongo.save(QuestionDocument.of(question)).toQuestion();
    }

    public Optional<Question> find(String tenderId, String questionId) {
        return Optional.ofNullable(mongo.findOne(
                new Query(Criteria.where("_id").is(questionId).and("tenderId").is(tenderId)), QuestionDocument.class))
                .map(QuestionDocument::toQuestion);
    }

    /** Every question of the tender (its buyer's view), oldest first. */
    public Page<Question> findAll(String tenderId, Pageable page) {
        return find(Criteria.where("tenderId").is(tenderId), page);
    }

    /** The answered questions of the tender, and the unanswered ones of {@code askerId} (when not null). */
    public Page<Question> findAnsweredOrAskedBy(String tenderId, String askerId, Pageable page) {
        Criteria visible = askerId == null ? Criteria.where("answered").is(true)
                : new Criteria().orOperator(Criteria.where("answered").is(true), Criteria.where("askedBy").is(askerId));
        return find(new Criteria().andOperator(Criteria.where("tenderId").is(tenderId), visible), page);
    }

    private Page<Question> find(Criteria criteria, Pageable page) {
        Query query = new Query(criteria);
        long total = mongo.count(query, QuestionDocument.class);
        List<Question> content = mongo.find(query.with(page).with(Sort.by("askedAt", "_id")), QuestionDocument.class)
                .stream().map(QuestionDocument::toQuestion).toList();
        return new PageImpl<>(content, page, total);
    }
}
