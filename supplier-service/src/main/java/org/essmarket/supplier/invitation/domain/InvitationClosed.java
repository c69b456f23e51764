package org.essmarket.supplier.invitation.domain;

/** The invitation can no longer be accepted: it expired, was revoked or was used; the message says which. */
public class InvitationClosed extends RuntimeException {

    private final InvitationStatus status;

    public InvitationClosed(InvitationStatus status, String message) {
        super(message);
        this.status = status;
    }

    public InvitationStatus status() {
        return status;
    }
}
