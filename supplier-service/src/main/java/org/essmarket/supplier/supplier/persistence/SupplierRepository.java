package org.essmarket.supplier.supplier.persistence;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SupplierRepository extends MongoRepository<SupplierDocument, String> {

    Optional<SupplierDocument> findBySiret(String siret);

    Page<SupplierDocument> findByMemberIds(String userId, Pageable page);
}
