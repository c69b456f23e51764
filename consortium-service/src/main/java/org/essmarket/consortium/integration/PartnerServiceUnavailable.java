package org.essmarket.consortium.integration;

/**
 * A partner service (supplier-, tender- or search-service) did not answer in time, failed, or its
 * circuit is open: nothing was changed, the client tries again later (503).
 */
public class PartnerServiceUnavailable extends RuntimeException {

    public PartnerServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
