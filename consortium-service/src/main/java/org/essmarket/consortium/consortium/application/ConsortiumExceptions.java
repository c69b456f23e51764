package org.essmarket.consortium.consortium.application;

import org.essmarket.platform.web.UseCaseRefusal;

/** What the groupement use cases answer when a request cannot be served; the platform maps each to a status. */
public final class ConsortiumExceptions {

    private ConsortiumExceptions() {
    }

    /** No such groupement, or not one the caller is in (404 either way: non-members learn nothing). */
    public static class GroupementNotFound extends UseCaseRefusal.NotFound {
        public GroupementNotFound(String id) {
            super("No groupement " + id);
        }
    }

    public static class NotAllowed extends UseCaseRefusal.NotAllowed {
        public NotAllowed(String message) {
            super(message);
        }
    }

    public static class StaleVersion extends UseCaseRefusal.StaleVersion {
        public StaleVersion(String id) {
            super("Groupement " + id + " changed since you read it: read it again, then retry");
        }
    }
}
