package org.essmarket.supplier.invitation.domain;

/** The signed-in user's verified email is not the invited address (403): the link works only for its addressee. */
public class InvitationForAnotherAddress extends RuntimeException {

    public InvitationForAnotherAddress() {
        super("This invitation is for another email address: sign in with the address it was sent to (verified)");
    }
}
