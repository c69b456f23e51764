package org.essmarket.devstack.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.mail.MailServerMain;
import org.essmarket.devstack.process.HttpProbe;
import org.essmarket.devstack.process.LocalProcess;
import org.essmarket.devstack.process.Progress;

/** The mail server (SMTP and its inbox) as its own process, run from the devstack jar like the MongoDB stand-in. */
record MailComponent(int smtpPort, int inboxPort, Path devstackJar, Path log, Path home) implements Component {

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public List<PortUse> ports() {
        return List.of(new PortUse(smtpPort, "MAIL_SMTP_PORT"), new PortUse(inboxPort, "MAIL_INBOX_PORT"));
    }

    @Override
    public LocalProcess start(Progress progress) {
        List<String> command = DevstackMain.command(devstackJar, home, name(), "128m", MailServerMain.class, List.of(),
                Integer.toString(smtpPort), Integer.toString(inboxPort));
        return LocalProcess.start(name(), command, Map.of(), home, log);
    }

    @Override
    public boolean isReady() {
        return HttpProbe.answers200(inbox().resolve("/messages/count"));
    }

    @Override
    public String readinessProbe() {
        return inbox().resolve("/messages/count").toString();
    }

    URI inbox() {
        return URI.create("http://127.0.0.1:" + inboxPort);
    }

    @Override
    public String processMarker() {
        return "-Dessmarket.home=" + home + " -Dessmarket.component=mail";
    }
}
