package org.essmarket.tender.integration.supplier;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** supplier-service's internal API, called with tender-service's service token. */
@FeignClient(name = "supplier-service", url = "${essmarket.supplier-service.url}")
interface SupplierDirectoryClient {

    @GetMapping("/internal/suppliers/{id}/tenderer")
    TendererProfile tenderer(@PathVariable("id") String id);
}
