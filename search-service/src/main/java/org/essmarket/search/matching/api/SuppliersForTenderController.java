package org.essmarket.search.matching.api;

import java.util.List;

import org.essmarket.platform.security.MarketplaceRoles;
import org.essmarket.platform.security.RealmRoles;
import org.essmarket.platform.web.PageResponse;
import org.essmarket.search.catalogue.application.SupplierSearchResult.SupplierHit;
import org.essmarket.search.matching.application.SuppliersForTender;
import org.essmarket.search.matching.domain.SuppliersForTenderQuery;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * {@code GET /api/v1/search/tenders/{tenderId}/matching-suppliers}: the VERIFIED suppliers a
 * published tender or one of its lots concerns, for any signed-in user (SecurityConfig): buyers
 * sourcing, suppliers looking for partners. Public supplier fields only, as in the catalogue.
 */
@RestController
public class SuppliersForTenderController {

    private final SuppliersForTender suppliersForTender;

    public SuppliersForTenderController(SuppliersForTender suppliersForTender) {
        this.suppliersForTender = suppliersForTender;
    }

    @GetMapping("/api/v1/search/tenders/{tenderId}/matching-suppliers")
    @Tag(name = "Matching")
    @Operation(operationId = "listSuppliersMatchingTender",
            summary = "The VERIFIED suppliers a published tender, or one of its lots, concerns",
            description = "Suppliers with an activity of the same trade (CPV group) whose geographic range reaches "
                    + "the place of performance; for a reserved lot, or a tender whose lots are all reserved, only "
                    + "the eligible kinds. By name, paged; 404 when no published tender has this id.")
    public PageResponse<SupplierHit> matchingSuppliers(Authentication user, @PathVariable String tenderId,
            @Parameter(description = "Only this lot (its number); the whole tender when absent")
            @RequestParam(name = SuppliersForTenderQuery.LOT, required = false) Integer lot,
            @Parameter(description = "Ids of suppliers to leave out (yourself, the partners you already have)")
            @RequestParam(name = SuppliersForTenderQuery.EXCLUDE, required = false) List<String> exclude,
            @Parameter(description = "Page number, from 0")
            @RequestParam(name = SuppliersForTenderQuery.PAGE, required = false) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)")
            @RequestParam(name = SuppliersForTenderQuery.SIZE, required = false) Integer size) {
        return suppliersForTender.find(SuppliersForTenderQuery.from(tenderId, lot, exclude, page, size),
                RealmRoles.of(user).contains(MarketplaceRoles.ADMIN));
    }
}
