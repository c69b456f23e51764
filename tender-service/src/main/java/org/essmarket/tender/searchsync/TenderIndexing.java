package org.essmarket.tender.searchsync;

import java.util.List;
import java.util.Map;

import org.essmarket.platform.sync.IndexedCollection;
import org.essmarket.platform.sync.VersionedDocument;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.springframework.stereotype.Component;

/**
 * The tenders as platform's search relay sees them (DESIGN.md §4). Only tenders suppliers may see
 * are indexed; any other state (a draft, a rejected or cancelled tender) is pushed as a removal, so
 * a tender that leaves the public view leaves the index too, at its own version.
 */
@Component
class TenderIndexing implements IndexedCollection {

    private final TenderStore tenders;
    private final TenderIndexDocuments documents;

    TenderIndexing(TenderStore tenders, TenderIndexDocuments documents) {
        this.tenders = tenders;
        this.documents = documents;
    }

    @Override
    public String type() {
        return "tenders";
    }

    @Override
    public List<VersionedDocument> pendingChanges(int limit) {
        List<Tender> pending = tenders.pendingSync(limit);
        Map<String, TenderIndexDocument> visible = documents.of(pending.stream()
                .filter(tender -> tender.status().isVisibleToSuppliers()).toList());
        return pending.stream().map(tender -> visible.containsKey(tender.id())
                ? new VersionedDocument(tender.id(), tender.version(), visible.get(tender.id()))
                : VersionedDocument.removal(tender.id(), tender.version())).toList();
    }

    @Override
    public void markSynced(String id, long version) {
        tenders.markSynced(id, version);
    }
}
