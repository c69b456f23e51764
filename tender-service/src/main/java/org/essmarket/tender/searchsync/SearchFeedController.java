package org.essmarket.tender.searchsync;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderFilter;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/tenders} (service accounts): every tender suppliers may see, paged in a
 * stable order, with the version to index it under, for search to rebuild its index. Tenders not
 * visible to suppliers are left out: a fresh index must not hold them.
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
    PageResponse<FeedEntry> feed(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        Page<Tender> visible = tenders.search(new TenderFilter(TenderStatus.visibleToSuppliers(), null, null, null),
                PageRequest.of(page, size, Sort.by("_id")));
        Map<String, TenderIndexDocument> indexed = documents.of(visible.getContent());
        return PageResponse.of(visible, tender -> new FeedEntry(tender.version(), indexed.get(tender.id())));
    }

    /** One tender with the version search indexes it under. */
    record FeedEntry(Long version, TenderIndexDocument document) {
    }
}
