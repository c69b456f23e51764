package org.essmarket.search.catalogue.api;

import java.util.List;

import org.essmarket.search.catalogue.application.CatalogueSearch;
import org.essmarket.search.catalogue.application.SupplierSearchResult;
import org.essmarket.search.catalogue.domain.CatalogueRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * {@code GET /api/v1/search/suppliers}: the public catalogue of suppliers (anonymous callers
 * welcome). Only VERIFIED suppliers, only their public fields. Bad parameters get a 400
 * problem+json whose {@code errors} name each parameter at fault.
 */
@RestController
public class CatalogueSearchController {

    private final CatalogueSearch catalogue;

    public CatalogueSearchController(CatalogueSearch catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/search/suppliers")
    @Tag(name = "Catalogue search")
    @Operation(operationId = "searchSuppliers", summary = "Search the catalogue of VERIFIED suppliers",
            description = "Full text in French (accents, case, plurals and small typos do not matter), filters "
                    + "(several values of one filter are alternatives; different filters all apply), facets with "
                    + "counts, distance from a point, sorting and paging.")
    public SupplierSearchResult searchSuppliers(
            @Parameter(description = "Words to find in names, brands, descriptions, kinds, trades and places")
            @RequestParam(name = CatalogueRequest.Q, required = false) String q,
            @Parameter(description = "Supplier kinds, e.g. EA, ESAT, ACI")
            @RequestParam(name = CatalogueRequest.KIND, required = false) List<String> kind,
            @Parameter(description = "Regions by INSEE code (11) or name (Île-de-France)")
            @RequestParam(name = CatalogueRequest.REGION, required = false) List<String> region,
            @Parameter(description = "Departments by INSEE code (93) or name (Seine-Saint-Denis)")
            @RequestParam(name = CatalogueRequest.DEPARTMENT, required = false) List<String> department,
            @Parameter(description = "CPV codes or their first digits: 90 finds 90910000")
            @RequestParam(name = CatalogueRequest.CPV_PREFIX, required = false) List<String> cpvPrefix,
            @Parameter(description = "Legal forms")
            @RequestParam(name = CatalogueRequest.LEGAL_FORM, required = false) List<String> legalForm,
            @Parameter(description = "Labels")
            @RequestParam(name = CatalogueRequest.LABEL, required = false) List<String> label,
            @Parameter(description = "A place: latitude,longitude in decimal degrees (48.8566,2.3522), a commune's INSEE code (69123) or its name when unambiguous (Villeurbanne)")
            @RequestParam(name = CatalogueRequest.NEAR, required = false) String near,
            @Parameter(description = "Only suppliers within this many km of near (1 to 1000)")
            @RequestParam(name = CatalogueRequest.RADIUS_KM, required = false) Integer radiusKm,
            @Parameter(description = "A commune (INSEE code, or name when unambiguous): only suppliers whose ranges reach it")
            @RequestParam(name = CatalogueRequest.SERVING, required = false) String serving,
            @Parameter(description = "relevance (default), distance (needs near) or name")
            @RequestParam(name = CatalogueRequest.SORT, required = false) String sort,
            @Parameter(description = "Page number, from 0")
            @RequestParam(name = CatalogueRequest.PAGE, required = false) Integer page,
            @Parameter(description = "Page size, 1 to 100 (default 20)")
            @RequestParam(name = CatalogueRequest.SIZE, required = false) Integer size) {
        return catalogue.search(new CatalogueRequest(q, kind, region, department, cpvPrefix, legalForm, label, near,
                radiusKm, serving, sort, page, size));
    }
}
