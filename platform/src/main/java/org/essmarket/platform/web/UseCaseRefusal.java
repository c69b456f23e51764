package org.essmarket.platform.web;

/**
 * Refusals that every service's use cases share, mapped once to problem+json by
 * {@link ProblemDetailsExceptionHandler}: services extend these with their own wording.
 */
public abstract class UseCaseRefusal extends RuntimeException {

    protected UseCaseRefusal(String message) {
        super(message);
    }

    /** No such object, or not one the caller may see (404 for both: we do not reveal what exists). */
    public abstract static class NotFound extends UseCaseRefusal {
        protected NotFound(String message) {
            super(message);
        }
    }

    /** The caller may see the object but not do this to it (403). */
    public abstract static class NotAllowed extends UseCaseRefusal {
        protected NotAllowed(String message) {
            super(message);
        }
    }

    /** The object's state forbids this now (409): say what would allow it. */
    public abstract static class Conflict extends UseCaseRefusal {
        protected Conflict(String message) {
            super(message);
        }
    }

    /** The client changed an older version than the stored one (412, If-Match). */
    public abstract static class StaleVersion extends UseCaseRefusal {
        protected StaleVersion(String message) {
            super(message);
        }
    }
}
