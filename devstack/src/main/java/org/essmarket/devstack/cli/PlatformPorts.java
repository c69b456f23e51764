package org.essmarket.devstack.cli;

import java.util.Map;

/** The local platform's ports: the defaults of DESIGN.md §1, each changeable by an environment variable. */
record PlatformPorts(int gateway, int gatewayManagement, int supplierService, int tenderService, int consortiumService, int searchService,
        int keycloak, int keycloakManagement, int elasticsearch, int elasticsearchTransport, int mongo, int mailSmtp, int mailInbox) {

    static PlatformPorts from(Map<String, String> env) {
        return new PlatformPorts(
                port(env, "GATEWAY_PORT", 8080),
                port(env, "GATEWAY_MANAGEMENT_PORT", 8090),
                port(env, "SUPPLIER_SERVICE_PORT", 8081),
                port(env, "TENDER_SERVICE_PORT", 8082),
                port(env, "CONSORTIUM_SERVICE_PORT", 8083),
                port(env, "SEARCH_SERVICE_PORT", 8084),
                port(env, "KEYCLOAK_PORT", 8180),
                port(env, "KEYCLOAK_MANAGEMENT_PORT", 9180),
                port(env, "ELASTICSEARCH_PORT", 9200),
                port(env, "ELASTICSEARCH_TRANSPORT_PORT", 9300),
                port(env, "MONGO_PORT", 27017),
                // Mailpit's usual ports, which compose's mail catcher uses too.
                port(env, "MAIL_SMTP_PORT", 1025),
                port(env, "MAIL_INBOX_PORT", 8025));
    }

    private static int port(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + value + " is not a port number (1-65535)");
        }
    }
}
