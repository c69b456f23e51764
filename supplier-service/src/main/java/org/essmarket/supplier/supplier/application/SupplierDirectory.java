package org.essmarket.supplier.supplier.application;

import org.essmarket.supplier.supplier.persistence.SupplierDocument;
import org.essmarket.supplier.supplier.persistence.SupplierRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Use cases of the supplier directory. */
@Service
public class SupplierDirectory {

    private final SupplierRepository suppliers;

    public SupplierDirectory(SupplierRepository suppliers) {
        this.suppliers = suppliers;
    }

    public Page<SupplierSummary> listSuppliers(Pageable page) {
        return suppliers.findAll(page).map(SupplierDirectory::summary);
    }

    private static SupplierSummary summary(SupplierDocument supplier) {
        return new SupplierSummary(supplier.id(), supplier.siret(), supplier.legalName(), supplier.status());
    }
}
