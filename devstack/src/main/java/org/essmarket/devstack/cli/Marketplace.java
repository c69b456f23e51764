package org.essmarket.devstack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.essmarket.devstack.DevstackLayout;
import org.essmarket.devstack.mail.MailInbox;

/** {@code ./marketplace up | down | status | logs [component] | mail [N]}: the local platform, without Docker. */
public final class Marketplace {

    private Marketplace() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        LocalPlatform platform;
        try {
            platform = new LocalPlatform(DevstackLayout.detect(), PlatformPorts.from(System.getenv()), System.out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.out.println(e.getMessage());
            System.exit(2);
            return;
        }
        int exit = switch (command) {
            case "up" -> platform.up();
            case "down" -> platform.down();
            case "status" -> platform.status();
            case "seed" -> platform.seed();
            case "logs" -> logs(platform, args.length > 1 ? args[1] : null);
            case "mail" -> mail(platform, args.length > 1 ? args[1] : "10");
            default -> usage();
        };
        System.exit(exit);
    }

    private static int logs(LocalPlatform platform, String component) throws Exception {
        Map<String, Path> logs = platform.logs();
        List<String> files = new ArrayList<>();
        if (component == null) {
            logs.values().stream().filter(Files::exists).forEach(log -> files.add(log.toString()));
        } else if (logs.containsKey(component)) {
            files.add(logs.get(component).toString());
        } else {
            System.out.println("No component " + component + "; choose one of " + String.join(", ", logs.keySet()));
            return 2;
        }
        if (files.isEmpty()) {
            System.out.println("No logs yet: ./marketplace up writes them.");
            return 0;
        }
        List<String> tail = new ArrayList<>(List.of("tail", "-n", "40", "-F"));
        tail.addAll(files);
        return new ProcessBuilder(tail).inheritIO().start().waitFor();
    }

    /** Prints the last messages the local mail server received, the newest first, with the links in them. */
    private static int mail(LocalPlatform platform, String count) {
        if (!count.matches("[1-9][0-9]{0,3}")) {
            System.out.println("./marketplace mail [N]: N, how many of the last messages to show, is a number from 1 to 9999");
            return 2;
        }
        List<MailInbox.Mail> mails;
        try {
            mails = platform.mailInbox().last(Integer.parseInt(count));
        } catch (MailInbox.UnreachableException e) {
            System.out.println("The mail server is not running (./marketplace up starts it): " + e.getMessage());
            return 1;
        }
        if (mails.isEmpty()) {
            System.out.println("No message yet.");
        }
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
        for (MailInbox.Mail mail : mails) {
            System.out.println((mail.date() == null ? "(no date)" : local.format(mail.date())) + "  to "
                    + String.join(", ", mail.to()));
            System.out.println("  " + mail.subject());
            mail.links().forEach(link -> System.out.println("  " + link));
        }
        return 0;
    }

    private static int usage() {
        System.out.println("""
                usage: ./marketplace COMMAND
                  up                 start the whole marketplace on this machine and wait until it is ready
                  down               stop what up started
                  status             show each component, its pid and whether it is ready
                  seed               import the demo data from real open data: SIAE structures and ESAT sites into
                                     the supplier directory, then tenders from DECP and BOAMP (idempotent; up does each by
                                     itself when there is none yet)
                  logs [component]   follow the logs (all, or one of: mongo, mail, elasticsearch, keycloak,
                                     supplier-service, tender-service, consortium-service, search-service, gateway)
                  mail [N]           the last N (10) messages the local mail server received: recipient, subject,
                                     date and the links in them (e.g. Keycloak's email verification)
                  bench search|gateway  benchmarks against the running platform (results in benchmarks/, see README)
                Ports: GATEWAY_PORT, GATEWAY_MANAGEMENT_PORT, SUPPLIER_SERVICE_PORT, TENDER_SERVICE_PORT, CONSORTIUM_SERVICE_PORT,
                  SEARCH_SERVICE_PORT, KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT, ELASTICSEARCH_PORT,
                  ELASTICSEARCH_TRANSPORT_PORT, MONGO_PORT, MAIL_SMTP_PORT, MAIL_INBOX_PORT""");
        return 2;
    }
}
