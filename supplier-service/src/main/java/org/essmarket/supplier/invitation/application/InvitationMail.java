package org.essmarket.supplier.invitation.application;

import org.essmarket.supplier.invitation.domain.Invitation;

/** Emails an invitation's link to its addressee. */
public interface InvitationMail {

    /** Throws {@link InvitationExceptions.MailUnavailable} when no SMTP server takes it. */
    void send(Invitation invitation, String token, String structureName);
}
