package org.essmarket.supplier.supplier.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface SupplierRepository extends MongoRepository<SupplierDocument, String> {
}
