package org.essmarket.supplier.supplier.api;

import java.time.Instant;
import java.util.List;

import org.essmarket.supplier.supplier.application.SupplierView;
import org.essmarket.supplier.supplier.application.SupplierView.Visibility;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.essmarket.supplier.supplier.domain.SupplierStatus;

/**
 * A supplier as shown to one caller: contacts only to signed-in users; members, status reason and
 * version only to its members and facilitators. Absent fields are left out of the JSON.
 */
public record SupplierResponse(String id, String siret, SupplierStatus status, SupplierOrigin origin,
        SupplierProfile profile, String statusReason, String mergedInto, List<String> memberIds, Long version,
        Instant registeredAt, List<String> pendingChanges) {

    static SupplierResponse of(SupplierView view) {
        Supplier supplier = view.supplier();
        boolean member = view.visibility() == Visibility.MEMBER;
        // Members read what they declared (and which of it awaits a facilitator); others the verified facts.
        SupplierProfile profile = member ? supplier.profile() : supplier.verifiedProfile();
        if (view.visibility() == Visibility.PUBLIC) {
            profile = new SupplierProfile(profile.legalName(), profile.brand(), profile.legalForm(), profile.naf(),
                    profile.scale(), profile.kinds(), profile.location(), profile.activities(), profile.description(),
                    profile.labels(), profile.networks(), profile.insertionHeadcount(), profile.permanentHeadcount(),
                    profile.turnover(), profile.clientReferences(), profile.maxContractValue(), List.of(),
                    profile.website());
        }
        return new SupplierResponse(supplier.id(), supplier.siret().value(), supplier.status(), supplier.origin(),
                profile, member ? supplier.statusReason() : null, supplier.mergedInto(),
                member ? supplier.memberIds() : null, member ? supplier.version() : null, supplier.registeredAt(),
                member ? supplier.pendingChanges() : null);
    }

    static SupplierResponse forMember(Supplier supplier) {
        return of(new SupplierView(supplier, Visibility.MEMBER));
    }
}
