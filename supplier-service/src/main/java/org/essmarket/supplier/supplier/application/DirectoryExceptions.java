package org.essmarket.supplier.supplier.application;

import org.essmarket.platform.web.UseCaseRefusal;

/** What the directory's use cases answer when a request cannot be served; the API maps each to a status. */
public final class DirectoryExceptions {

    private DirectoryExceptions() {
    }

    /** No such supplier, or not one the caller may see (both 404: we do not reveal what exists). */
    public static class SupplierNotFound extends UseCaseRefusal.NotFound {
        public SupplierNotFound(String id) {
            super("No supplier " + id);
        }
    }

    /** The caller may see the supplier but not do this to it. */
    public static class NotAllowed extends UseCaseRefusal.NotAllowed {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** The client edited an older version than the stored one (If-Match). */
    public static class StaleVersion extends UseCaseRefusal.StaleVersion {
        public StaleVersion(String id) {
            super("Supplier " + id + " has changed since you read it: read it again, then apply your change");
        }
    }

    /** The SIRET is already in the directory; {@code existingId} is the profile to join or claim instead. */
    public static class AlreadyRegistered extends RuntimeException {
        private final String existingId;

        public AlreadyRegistered(String siret, String existingId) {
            super("SIRET " + siret + " is already registered as supplier " + existingId);
            this.existingId = existingId;
        }

        public String existingId() {
            return existingId;
        }
    }
}
