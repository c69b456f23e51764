package org.essmarket.tender.integration.supplier;

import java.util.List;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** supplier-service's internal API, called with tender-service's service token. */
@FeignClient(name = "supplier-service", url = "${essmarket.supplier-service.url}")
interface SupplierDirectoryClient {

    @GetMapping("/internal/suppliers/{id}/tenderer")
    TendererProfile tenderer(@PathVariable("id") String id);

    @GetMapping("/internal/users/{userId}/suppliers")
    ActingFor suppliersOf(@PathVariable("userId") String userId);

    /** The suppliers a user is a member of now (our copy of supplier-service's answer). */
    record ActingFor(List<String> supplierIds) {

        public ActingFor {
            supplierIds = supplierIds == null ? List.of() : List.copyOf(supplierIds);
        }
    }
}
