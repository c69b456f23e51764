package org.essmarket.supplier.claim.application;

import org.essmarket.platform.web.UseCaseRefusal;

/** What the claim use cases answer when a request cannot be served; the API maps each to a status. */
public final class ClaimExceptions {

    private ClaimExceptions() {
    }

    /** No such claim, or another user's (both 404: a claim's id tells nothing about who made it). */
    public static class ClaimNotFound extends UseCaseRefusal.NotFound {
        public ClaimNotFound(String id) {
            super("No claim " + id);
        }
    }

    public static class NotAllowed extends UseCaseRefusal.NotAllowed {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** Keycloak did not grant the role (503): nothing is approved, the facilitator may approve again. */
    public static class AccountsUnavailable extends RuntimeException {
        public AccountsUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
