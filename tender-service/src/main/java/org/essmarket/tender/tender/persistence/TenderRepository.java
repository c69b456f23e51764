package org.essmarket.tender.tender.persistence;

import java.util.Collection;

import org.essmarket.tender.tender.domain.TenderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface TenderRepository extends MongoRepository<TenderDocument, String> {

    Page<TenderDocument> findByStatusIn(Collection<TenderStatus> statuses, Pageable page);
}
