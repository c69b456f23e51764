package org.essmarket.supplier.searchsync;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.essmarket.platform.validation.ResourceId;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/suppliers?after=&size=} (service accounts): every supplier, in id order, for
 * search to rebuild its index. Paged by key like tender-service's feed: each page starts after the
 * last id of the one before.
 */
@RestController
class SearchFeedController {

    private final SupplierStore suppliers;

    SearchFeedController(SupplierStore suppliers) {
        this.suppliers = suppliers;
    }

    @GetMapping("/internal/suppliers")
    FeedPage feed(@RequestParam(required = false) @ResourceId String after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return new FeedPage(suppliers.allAfter(after, size).stream()
                .map(supplier -> new FeedEntry(supplier.version(), SupplierIndexDocument.of(supplier))).toList(),
                suppliers.count());
    }

    /**
     * Suppliers after the id asked for, and how many there are; the next page starts after the last
     * one's id, and a page shorter than asked is the last.
     */
    record FeedPage(List<FeedEntry> content, long totalElements) {
    }

    /** One supplier with the version search indexes it under. */
    record FeedEntry(Long version, SupplierIndexDocument document) {
    }
}
