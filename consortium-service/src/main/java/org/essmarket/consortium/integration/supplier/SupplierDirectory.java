package org.essmarket.consortium.integration.supplier;

import java.util.Optional;

import org.essmarket.consortium.consortium.domain.SupplierFacts;
import org.essmarket.consortium.integration.PartnerFailures;
import org.essmarket.consortium.integration.PartnerServiceUnavailable;
import org.springframework.stereotype.Component;

/**
 * What supplier-service says about a supplier joining a groupement (status, kinds, acting users).
 * Any failure but "no such supplier" is {@link PartnerServiceUnavailable}: nobody joins unchecked.
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
}
