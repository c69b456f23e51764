package org.essmarket.supplier.invitation.application;

import org.essmarket.platform.web.UseCaseRefusal;

/** What the invitation use cases answer when a request cannot be served; the API maps each to a status. */
public final class InvitationExceptions {

    private InvitationExceptions() {
    }

    /** No invitation with that token or id (404): a forged or mistyped link. */
    public static class InvitationNotFound extends UseCaseRefusal.NotFound {
        public InvitationNotFound() {
            super("No such invitation: check the link in the email");
        }
    }

    public static class NotAllowed extends UseCaseRefusal.NotAllowed {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** No SMTP server took the email (503): the invitation was not kept, send it again later. */
    public static class MailUnavailable extends RuntimeException {
        public MailUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
