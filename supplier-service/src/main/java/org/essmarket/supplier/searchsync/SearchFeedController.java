package org.essmarket.supplier.searchsync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /internal/suppliers} (service accounts): every supplier, paged, for search to rebuild its index. */
@RestController
class SearchFeedController {

    private final SupplierStore suppliers;

    SearchFeedController(SupplierStore suppliers) {
        this.suppliers = suppliers;
    }

    @GetMapping("/internal/suppliers")
    PageResponse<FeedEntry> feed(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return PageResponse.of(suppliers.all(PageRequest.of(page, size, Sort.by("_id"))),
                supplier -> new FeedEntry(supplier.version(), SupplierIndexDocument.of(supplier)));
    }

    /** One supplier with the version search indexes it under. */
    record FeedEntry(Long version, SupplierIndexDocument document) {
    }
}
