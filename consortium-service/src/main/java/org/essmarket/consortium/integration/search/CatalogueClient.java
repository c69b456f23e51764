package org.essmarket.consortium.integration.search;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** search-service's public catalogue of VERIFIED suppliers. */
@FeignClient(name = "search-service", contextId = "searchCatalogue", url = "${essmarket.search-service.url}")
interface CatalogueClient {

    @GetMapping("/api/v1/search/suppliers")
    CataloguePage searchSuppliers(@RequestParam("cpvPrefix") String cpvPrefix,
            @RequestParam(name = "kind", required = false) List<String> kinds, @RequestParam("size") int size);

    /** Our copy of the part of a catalogue page we use. */
    record CataloguePage(List<Hit> content) {
    }

    record Hit(String id, String legalName, List<String> kinds, String department, String region,
            List<Activity> activities) {
    }

    record Activity(List<String> cpvCodes, Range range) {
    }

    record Range(String kind, Integer radiusKm, List<String> departments, List<String> regions) {
    }
}
