package org.essmarket.supplier.invitation.mail;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.essmarket.supplier.invitation.application.InvitationExceptions.MailUnavailable;
import org.essmarket.supplier.invitation.application.InvitationMail;
import org.essmarket.supplier.invitation.application.InvitationSettings;
import org.essmarket.supplier.invitation.domain.Invitation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends invitations through the SMTP server configured with {@code spring.mail.host} (SPRING_MAIL_HOST;
 * the local platform's mail server); without one, inviting answers 503.
 */
@Component
class SmtpInvitationMail implements InvitationMail {

    private final ObjectProvider<JavaMailSender> smtp;
    private final InvitationSettings settings;

    SmtpInvitationMail(ObjectProvider<JavaMailSender> smtp, InvitationSettings settings) {
        this.smtp = smtp;
        this.settings = settings;
    }

    @Override
    public void send(Invitation invitation, String token, String structureName) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            throw new MailUnavailable("no SMTP server is configured (SPRING_MAIL_HOST)", null);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(invitation.email());
        message.setSubject("Invitation à rejoindre " + structureName + " sur ESS Market");
        message.setText("Bonjour,\n\nUn membre de " + structureName + " vous invite à agir pour cette structure sur "
                + "ESS Market, la place de marché des achats publics responsables.\n\nOuvrez ce lien, puis "
                + "connectez-vous ou créez votre compte avec cette adresse (" + invitation.email() + ") :\n\n"
                + settings.webOrigin() + "/invitations/" + token + "\n\nLe lien sert une seule fois et jusqu'au "
                + LocalDate.ofInstant(invitation.expiresAt(), ZoneOffset.UTC) + ".\n");
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new MailUnavailable("the SMTP server did not take the invitation: " + e.getMessage(), e);
        }
    }
}
