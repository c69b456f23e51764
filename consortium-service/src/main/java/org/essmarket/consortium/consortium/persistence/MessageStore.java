package org.essmarket.consortium.consortium.persistence;

import java.time.Instant;
import java.util.List;

import org.essmarket.consortium.consortium.domain.ConsortiumMessage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.annotation.Id;
import org.springframework.stereotype.Component;

/**
 * The groupements' message threads, apart from the groupement itself: a message does not change the
 * version that members' If-Match name.
 */
@Component
public class MessageStore {

    @Document("consortium_messages")
    record MessageDocument(@Id String id, @Indexed String consortiumId, String supplierId, String authorUserId,
            String text, Instant sentAt) {
    }

    private final MongoTemplate mongo;

    MessageStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ConsortiumMessage insert(ConsortiumMessage message) {
        mongo.insert(new MessageDocument(message.id(), message.consortiumId(), message.supplierId(),
                message.authorUserId(), message.text(), message.sentAt()));
        return message;
    }

    /** The thread, oldest first. */
    public Page<ConsortiumMessage> thread(String consortiumId, Pageable page) {
        Query query = new Query(Criteria.where("consortiumId").is(consortiumId));
        long total = mongo.count(query, MessageDocument.class);
        List<ConsortiumMessage> content = mongo.find(query.with(page).with(Sort.by("sentAt", "_id")), MessageDocument.class)
                .stream().map(m -> new ConsortiumMessage(m.id(), m.consortiumId(), m.supplierId(), m.authorUserId(),
                        m.text(), m.sentAt())).toList();
        return new PageImpl<>(content, page, total);
    }
}
