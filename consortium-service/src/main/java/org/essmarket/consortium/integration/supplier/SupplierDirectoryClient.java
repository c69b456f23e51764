package org.essmarket.consortium.integration.supplier;

import java.util.List;
import java.util.Set;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** supplier-service's internal API, called with consortium-service's service token. */
@FeignClient(name = "supplier-service", url = "${essmarket.supplier-service.url}")
interface SupplierDirectoryClient {

    @GetMapping("/internal/suppliers/{id}/tenderer")
    SupplierProfile tenderer(@PathVariable("id") String id);

    @GetMapping("/internal/users/{userId}/suppliers")
    ActingFor suppliersOf(@PathVariable("userId") String userId);

    /** Our copy of supplier-service's answer: the suppliers a user is a member of now. */
    record ActingFor(List<String> supplierIds) {

        public ActingFor {
            supplierIds = supplierIds == null ? List.of() : List.copyOf(supplierIds);
        }
    }

    /** Our copy of supplier-service's answer. */
    record SupplierProfile(String id, String siret, String legalName, String status, Set<String> kinds,
            String department, List<String> memberIds) {
    }
}
