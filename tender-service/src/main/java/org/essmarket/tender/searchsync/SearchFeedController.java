package org.essmarket.tender.searchsync;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.essmarket.platform.validation.ResourceId;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/tenders?after=&size=} (service accounts): every tender suppliers may see, in
 * id order, with the version to index it under, for search to rebuild its index. Paged by key: each
 * page starts after the last id of the one before, so a tender that leaves the set while search
 * reads (cancelled) makes no other skip a page. Tenders not visible to suppliers are left out: a
 * fresh index must not hold them.
 */
@RestController
class SearchFeedController {

    private final TenderStore tenders;
    private final TenderIndexDocuments documents;

    SearchFeedController(TenderStore tenders, TenderIndexDocuments documents) {
        this.tenders = tenders;
        this.documents = documents;
    }

    @GetMapping("/internal/tenders")
    FeedPage feed(@RequestParam(required = false) @ResourceId String after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        Set<TenderStatus> visibleToSuppliers = TenderStatus.visibleToSuppliers();
        List<Tender> visible = tenders.withStatusAfter(visibleToSuppliers, after, size);
        Map<String, TenderIndexDocument> indexed = documents.of(visible);
        return new FeedPage(visible.stream().map(tender -> new FeedEntry(tender.version(), indexed.get(tender.id())))
                .toList(), tenders.countWithStatus(visibleToSuppliers));
    }

    /**
     * Tenders after the id asked for, and how many the feed holds; the next page starts after the last
     * one's id, and a page shorter than asked is the last.
     */
    record FeedPage(List<FeedEntry> content, long totalElements) {
    }

    /** One tender with the version search indexes it under. */
    record FeedEntry(Long version, TenderIndexDocument document) {
    }
}
