package org.essmarket.tender.buyer.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.essmarket.tender.buyer.domain.BuyerBody;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The buyer bodies whose names we know, in MongoDB. */
@Component
public class BuyerBodyStore {

    private final MongoTemplate mongo;

    BuyerBodyStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the buyer body, or its new name (a single-document upsert: safe to repeat). */
    public void save(BuyerBody buyer) {
        mongo.save(BuyerBodyDocument.of(buyer));
    }

    /** The names of those of {@code sirets} we know, by SIRET. */
    public Map<String, String> namesOf(Collection<String> sirets) {
        return mongo.find(new Query(Criteria.where("_id").in(sirets)), BuyerBodyDocument.class).stream()
                .map(BuyerBodyDocument::toBuyerBody)
                .collect(Collectors.toMap(BuyerBody::siret, BuyerBody::name));
    }
}
