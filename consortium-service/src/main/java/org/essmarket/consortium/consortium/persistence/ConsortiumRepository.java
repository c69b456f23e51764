package org.essmarket.consortium.consortium.persistence;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ConsortiumRepository extends MongoRepository<ConsortiumDocument, String> {

    Page<ConsortiumDocument> findByMemberUserIds(String userId, Pageable page);
}
