package org.essmarket.supplier.searchsync;

import java.util.List;

import org.essmarket.platform.sync.MongoIndexedCollection;
import org.essmarket.platform.sync.VersionedDocument;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The suppliers as platform's search relay sees them (DESIGN.md §4): every supplier is indexed,
 * whatever its status (search shows only VERIFIED ones to the public).
 */
@Component
class SupplierIndexing extends MongoIndexedCollection {

    private final SupplierStore suppliers;

    SupplierIndexing(SupplierStore suppliers, MongoTemplate mongo) {
        super(mongo, "suppliers");
        this.suppliers = suppliers;
    }

    @Override
    public String type() {
        return "suppliers";
    }

    @Override
    public List<VersionedDocument> pendingChanges(int limit) {
        return suppliers.pendingSync(limit).stream()
                .map(change -> new VersionedDocument(change.supplier().id(), change.version(),
                        SupplierIndexDocument.of(change.supplier()), change.failures()))
                .toList();
    }
}
