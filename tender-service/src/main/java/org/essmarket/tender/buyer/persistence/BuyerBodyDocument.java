package org.essmarket.tender.buyer.persistence;

import org.essmarket.tender.buyer.domain.BuyerBody;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A buyer body in the {@code buyerBodies} collection, keyed by its SIRET. */
@Document("buyerBodies")
record BuyerBodyDocument(@Id String siret, String name) {

    static BuyerBodyDocument of(BuyerBody buyer) {
        return new BuyerBodyDocument(buyer.siret(), buyer.name());
    }

    BuyerBody toBuyerBody() {
        return new BuyerBody(siret, name);
    }
}
