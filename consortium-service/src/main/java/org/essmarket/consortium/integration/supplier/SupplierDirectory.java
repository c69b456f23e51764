package org.essmarket.consortium.integration.supplier;

import java.util.Optional;
import java.util.Set;

import org.essmarket.consortium.consortium.domain.SupplierFacts;
import org.essmarket.consortium.integration.PartnerFailures;
import org.essmarket.consortium.integration.PartnerServiceUnavailable;
import org.springframework.stereotype.Component;

/**
 * What supplier-service says about a supplier joining a groupement (status, kinds, acting users) and
 * which suppliers a user acts for. Any failure but "no such supplier" is
 * {@link PartnerServiceUnavailable}: nobody joins, reads or manages a groupement unchecked.
 */
@Component
public class SupplierDirectory {

    private final SupplierDirectoryClient client;

    SupplierDirectory(SupplierDirectoryClient client) {
        this.client = client;
    }

    /** The supplier, or empty when supplier-service knows no such supplier. */
    public Optional<SupplierFacts> supplier(String supplierId) {
        try {
            var profile = client.tenderer(supplierId);
            return Optional.of(new SupplierFacts(profile.id(), profile.legalName(), "VERIFIED".equals(profile.status()),
                    profile.status(), profile.kinds(), profile.memberIds()));
        } catch (RuntimeException failure) {
            if (PartnerFailures.isNotFound(failure)) {
                return Optional.empty();
            }
            throw new PartnerServiceUnavailable("The supplier directory cannot confirm the suppliers right now; nothing "
                    + "was changed, try again in a moment", failure);
        }
    }

    /** The suppliers the user is a member of now: who acts for a groupement's members is read when it matters. */
    public Set<String> suppliersActedForBy(String userId) {
        try {
            return Set.copyOf(client.suppliersOf(userId).supplierIds());
        } catch (RuntimeException failure) {
            throw new PartnerServiceUnavailable("The supplier directory cannot confirm which suppliers you act for right "
                    + "now; nothing was shown or changed, try again in a moment", failure);
        }
    }
}
