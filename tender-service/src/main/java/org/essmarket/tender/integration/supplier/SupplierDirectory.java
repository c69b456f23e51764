package org.essmarket.tender.integration.supplier;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import feign.FeignException;

/**
 * What supplier-service says about the suppliers in a bid and whom a user acts for. The Feign client
 * runs inside a Resilience4j circuit breaker and time limiter (application.yml); any failure but "no
 * such supplier" is {@link SupplierDirectoryUnavailable}: a bid is never accepted, shown or changed
 * unchecked.
 */
@Component
public class SupplierDirectory {

    private static final Logger log = LoggerFactory.getLogger(SupplierDirectory.class);

    private final SupplierDirectoryClient client;

    SupplierDirectory(SupplierDirectoryClient client) {
        this.client = client;
    }

    /** The supplier, or empty when supplier-service knows no such supplier. */
    public Optional<TendererProfile> tenderer(String supplierId) {
        try {
            return Optional.of(client.tenderer(supplierId));
        } catch (RuntimeException failure) {
            if (notFound(failure)) {
                return Optional.empty();
            }
            log.warn("supplier-service could not tell about supplier {}: {}", supplierId, failure.toString());
            throw new SupplierDirectoryUnavailable("The supplier directory cannot confirm the tenderers' eligibility "
                    + "right now; nothing was recorded, try again in a moment", failure);
        }
    }

    /**
     * The suppliers the user is a member of now: bids are the business of whoever acts for their
     * supplier today, not of whoever did when they were submitted.
     */
    public Set<String> suppliersActedForBy(String userId) {
        try {
            return Set.copyOf(client.suppliersOf(userId).supplierIds());
        } catch (RuntimeException failure) {
            log.warn("supplier-service could not tell which suppliers user {} acts for: {}", userId, failure.toString());
            throw new SupplierDirectoryUnavailable("The supplier directory cannot confirm which suppliers you act for "
                    + "right now; nothing was shown or changed, try again in a moment", failure);
        }
    }

    private static boolean notFound(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FeignException.NotFound) {
                return true;
            }
        }
        return false;
    }

    /** supplier-service did not answer in time, failed, or its circuit is open. */
    public static class SupplierDirectoryUnavailable extends RuntimeException {
        SupplierDirectoryUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
