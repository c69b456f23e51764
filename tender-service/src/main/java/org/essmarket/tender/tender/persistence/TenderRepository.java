package org.essmarket.tender.tender.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TenderRepository extends MongoRepository<TenderDocument, String> {
}
