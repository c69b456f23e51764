package org.essmarket.devstack.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.essmarket.devstack.DevstackLayout;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The web client's API types are generated from the services' OpenAPI documents checked in under
 * {@code web/openapi/}. A service's IT extends this class, is a {@link ServiceIntegrationTest} (or
 * lists the same initializers) and names its document: a change to the API whose document was not
 * regenerated fails here, with the paths that differ and the command that regenerates them.
 */
public abstract class ApiDocumentContract {

    /** Regenerates the documents and the web client's types from a running platform (web/openapi/README.md). */
    public static final String REGENERATE = "npm --prefix web run api:generate";

    private static final String AUTHORIZATION_PATH = "/protocol/openid-connect/auth";
    private static final int MAX_DIFFERENCES = 20;

    @LocalServerPort
    private int port;

    private final String document;

    /** @param document the document's name: web/openapi/{document}.json, the gateway's /api-docs/{document} */
    protected ApiDocumentContract(String document) {
        this.document = document;
    }

    @Test
    void serves_the_api_document_the_web_client_is_generated_from() throws Exception {
        Path checkedIn = DevstackLayout.detect().projectRoot().resolve("web/openapi/" + document + ".json");
        assertTrue(Files.isRegularFile(checkedIn), checkedIn + " is missing: run " + REGENERATE);
        JsonNode expected = ApiClient.JSON.readTree(Files.readString(checkedIn));
        ApiClient.Response served = new ApiClient(port).get("/v3/api-docs", null);
        assertEquals(200, served.status(), served::body);

        List<String> differences = new ArrayList<>();
        compare("", expected, ApiClient.JSON.readTree(withIssuerOf(expected, served.body())), differences);

        assertTrue(differences.isEmpty(), () -> "The " + document + " API changed but " + checkedIn
                + " (and the web client's types) were not regenerated: start the platform with this code and run "
                + REGENERATE + ". Differences (checked in → served):\n  " + String.join("\n  ", differences));
    }

    /**
     * The sign-in URLs name the Keycloak the service trusts: the test's, on a port of its own. They
     * are compared as if it were the one the checked-in document was generated with.
     */
    private static String withIssuerOf(JsonNode expected, String served) {
        String authorizationUrl = expected.at("/components/securitySchemes/keycloak/flows/authorizationCode/authorizationUrl")
                .asString("");
        return authorizationUrl.endsWith(AUTHORIZATION_PATH)
                ? served.replace(DevStack.issuerUri(), authorizationUrl.substring(0, authorizationUrl.length() - AUTHORIZATION_PATH.length()))
                : served;
    }

    /** Where two JSON documents differ, as JSON pointers; object keys in any order. */
    static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> differences) {
        if (differences.size() >= MAX_DIFFERENCES || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(expected.propertyNames());
            names.addAll(actual.propertyNames());
            for (String name : names) {
                compare(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), expected.path(name), actual.path(name),
                        differences);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(pointer + "/" + i, expected.get(i), actual.get(i), differences);
            }
        } else {
            differences.add(pointer + ": " + abbreviated(expected) + " → " + abbreviated(actual));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.isMissingNode() ? "(absent)" : node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
