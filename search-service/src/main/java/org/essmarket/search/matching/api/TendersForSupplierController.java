package org.essmarket.search.matching.api;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.search.matching.application.TendersForSupplier;
import org.essmarket.search.matching.domain.TendersForSupplierQuery;
import org.essmarket.search.tenders.application.TenderSearchResult.TenderHit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * {@code GET /api/v1/search/suppliers/{supplierId}/matching-tenders}: the open tenders a VERIFIED
 * supplier's activities concern, for any signed-in user (SecurityConfig): a supplier checking what
 * it could bid on, partners sizing up a groupement. Public tender fields only.
 */
@RestController
public class TendersForSupplierController {

    private final TendersForSupplier tendersForSupplier;

    public TendersForSupplierController(TendersForSupplier tendersForSupplier) {
        this.tendersForSupplier = tendersForSupplier;
    }

    @GetMapping("/api/v1/search/suppliers/{supplierId}/matching-tenders")
    @Tag(name = "Matching")
    @Operation(operationId = "listTendersMatchingSupplier",
            summary = "The open tenders a VERIFIED supplier's activities concern",
            description = "PUBLISHED tenders before their deadline, of the same trade (CPV group) as one of the "
                    + "supplier's activities and within its geographic range; when every lot is reserved, only if "
                    + "its kinds are eligible. Soonest deadline first, paged; 404 when no verified supplier has this id.")
    public PageResponse<TenderHit> matchingTenders(@PathVariable String supplierId,
            @Parameter(description = "Page number, from 0")
            @RequestParam(name = TendersForSupplierQuery.PAGE, required = false) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)")
            @RequestParam(name = TendersForSupplierQuery.SIZE, required = false) Integer size) {
        return tendersForSupplier.find(TendersForSupplierQuery.from(supplierId, page, size));
    }
}
