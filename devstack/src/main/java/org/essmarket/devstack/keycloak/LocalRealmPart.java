package org.essmarket.devstack.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The part of the marketplace realm that exists only where Keycloak runs for development: the demo
 * users (public passwords) and the test clients (password grant, short-lived tokens, a foreign
 * audience), in {@value #RESOURCE}. Production imports the base realm file alone.
 *
 * <p>Why Keycloak's partial import after start, not a second import file: the start-up import skips
 * any file of a realm that already exists, so a second file of "marketplace" would never be read.
 * Merging the two files before the import would need a JSON tool wherever Keycloak starts (Compose
 * and Kubernetes have none before Keycloak), while a partial import is one HTTP call that the
 * launcher, the tests, Compose's demo-data loader (curl) and the admin console all make the same
 * way. The file skips what exists ({@code ifResourceExists: SKIP}), so importing it again is harmless.
 */
public final class LocalRealmPart {

    /** The classpath resource; also mounted by docker-compose.yml, in the partial import format. */
    public static final String RESOURCE = "/keycloak/marketplace-local.json";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalRealmPart() {
    }

    /** The file's bytes, exactly as committed. */
    public static byte[] content() {
        try (InputStream in = LocalRealmPart.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Adds the local part to the marketplace realm of the Keycloak at {@code keycloak}, as the master
     * realm's administrator {@code adminUser} / {@code adminPassword} (the bootstrap admin).
     */
    public static void importInto(URI keycloak, String adminUser, String adminPassword) {
        String base = keycloak.toString().replaceAll("/$", "");
        String admin = ClientCredentials.token(base + "/realms/master", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", adminUser, "password", adminPassword));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create(base + "/admin/realms/marketplace/partialImport"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content())).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused the realm's local part (" + RESOURCE + "): "
                        + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
