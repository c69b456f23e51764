package org.essmarket.supplier.supplier.api;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.supplier.supplier.application.SupplierDirectory;
import org.essmarket.supplier.supplier.application.SupplierSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/suppliers")
public class SupplierController {

    private final SupplierDirectory directory;

    public SupplierController(SupplierDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    public PageResponse<SupplierSummary> listSuppliers(Pageable page) {
        return PageResponse.of(directory.listSuppliers(page));
    }
}
