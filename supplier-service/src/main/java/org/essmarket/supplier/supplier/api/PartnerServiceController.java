package org.essmarket.supplier.supplier.api;

import java.util.List;
import java.util.Set;

import org.essmarket.supplier.supplier.application.SupplierDirectory;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/suppliers/{id}/tenderer} (service accounts): what tender-service and
 * consortium-service check before accepting a supplier in a bid or a groupement — whether it is
 * verified, its kinds as a facilitator verified them (eligibility for reserved lots), its department and who may act for it.
 * {@code GET /internal/users/{userId}/suppliers}: the suppliers a user acts for now, by which they
 * authorise the user's access to bids and groupements (a user removed from a supplier loses it at once).
 */
@RestController
class PartnerServiceController {

    private final SupplierDirectory directory;

    PartnerServiceController(SupplierDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/internal/suppliers/{id}/tenderer")
    TendererProfile tenderer(@PathVariable String id) {
        return TendererProfile.of(directory.findSupplierForPartnerService(id));
    }

    @GetMapping("/internal/users/{userId}/suppliers")
    ActingFor suppliersOf(@PathVariable String userId) {
        return new ActingFor(directory.suppliersActedForBy(userId));
    }

    /** The suppliers a user is a member of now (any status: a user still acts on the bids of a delisted one). */
    record ActingFor(List<String> supplierIds) {
    }

    record TendererProfile(String id, String siret, String legalName, SupplierStatus status, Set<SupplierKind> kinds,
            String department, List<String> memberIds) {

        static TendererProfile of(Supplier supplier) {
            var profile = supplier.verifiedProfile(); // changes awaiting a facilitator do not count
            String department = profile.location() == null ? null : profile.location().departmentCode();
            return new TendererProfile(supplier.id(), supplier.siret().value(), profile.legalName(), supplier.status(),
                    profile.kinds(), department, supplier.memberIds());
        }
    }
}
