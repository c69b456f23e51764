package org.essmarket.tender.searchsync;

import java.util.List;
import java.util.Map;

import org.essmarket.platform.sync.MongoIndexedCollection;
import org.essmarket.platform.sync.VersionedDocument;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The tenders as platform's search relay sees them (DESIGN.md §4). Only tenders suppliers may see
 * are indexed; any other state (a draft, a rejected or cancelled tender) is pushed as a removal, so
 * a tender that leaves the public view leaves the index too, at its own version.
 */
@Component
class TenderIndexing extends MongoIndexedCollection {

    private final TenderStore tenders;
    private final TenderIndexDocuments documents;

    TenderIndexing(TenderStore tenders, TenderIndexDocuments documents, MongoTemplate mongo) {
        super(mongo, "tenders");
        this.tenders = tenders;
        this.documents = documents;
    }

    @Override
    public String type() {
        return "tenders";
    }

    @Override
    public List<VersionedDocument> pendingChanges(int limit) {
        List<TenderStore.PendingChange> pending = tenders.pendingSync(limit);
        Map<String, TenderIndexDocument> visible = documents.of(pending.stream().map(TenderStore.PendingChange::tender)
                .filter(tender -> tender.status().isVisibleToSuppliers()).toList());
        return pending.stream().map(change -> {
            Tender tender = change.tender();
            VersionedDocument document = visible.containsKey(tender.id())
                    ? new VersionedDocument(tender.id(), tender.version(), visible.get(tender.id()))
                    : VersionedDocument.removal(tender.id(), tender.version());
            return document.withFailures(change.failures());
        }).toList();
    }
}
