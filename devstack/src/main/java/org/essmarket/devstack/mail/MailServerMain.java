package org.essmarket.devstack.mail;

import java.util.concurrent.CountDownLatch;

/**
 * The mail server as a process of the local platform:
 * {@code java -Dloader.main=...MailServerMain -jar devstack-exec.jar SMTP_PORT HTTP_PORT}. Stops on SIGTERM.
 */
public final class MailServerMain {

    private MailServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: MailServerMain SMTP_PORT HTTP_PORT");
            System.exit(2);
        }
        MailServer server = MailServer.start(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("Mail server stopped");
            stopped.countDown();
        }, "mail-server-shutdown"));
        System.out.println("Mail server: SMTP on 127.0.0.1:" + server.smtpPort() + ", inbox on " + server.inboxUrl());
        stopped.await();
    }
}
