package org.essmarket.tender.tender.application;

import org.essmarket.platform.web.UseCaseRefusal;

/** What the tender use cases answer when a request cannot be served; the API maps each to a status. */
public final class TenderExceptions {

    private TenderExceptions() {
    }

    /** No such tender, or not one the caller may see (both 404: we do not reveal what exists). */
    public static class TenderNotFound extends UseCaseRefusal.NotFound {
        public TenderNotFound(String id) {
            super("No tender " + id);
        }
    }

    /** The caller may see the tender but not do this to it. */
    public static class NotAllowed extends UseCaseRefusal.NotAllowed {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** The client edited an older version than the stored one (If-Match). */
    public static class StaleVersion extends UseCaseRefusal.StaleVersion {
        public StaleVersion(String id) {
            super("Tender " + id + " has changed since you read it: read it again, then apply your change");
        }
    }
}
