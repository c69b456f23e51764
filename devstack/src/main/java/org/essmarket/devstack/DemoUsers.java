package org.essmarket.devstack;

import java.util.List;

/**
 * The demo accounts of the realm's local part (keycloak/marketplace-local.json). Demo only: the
 * passwords are public, like the realm's development client secrets.
 */
public final class DemoUsers {

    /**
     * {@code actsFor}: for a supplier, the SIRET of the real imported SIAE structure it is made a member of
     * (README "Demo logins"); empty for a buyer, whose buyer body is its organisation_siret in that file.
     */
    public record DemoUser(String username, String password, String role, String actsFor) {
    }

    public static final DemoUser BUYER = new DemoUser("acheteur", "acheteur-demo", "buyer", "");
    /** A buyer of another buyer body (Métropole de Lyon): none of acheteur's tenders are hers. */
    public static final DemoUser OTHER_BUYER = new DemoUser("acheteur2", "acheteur2-demo", "buyer", "");
    /** Acts for Envie Rhône Lyon (ASSOC ENVIE RHONE LYON, an EI in Lyon 7e). */
    public static final DemoUser SUPPLIER = new DemoUser("fournisseur1", "fournisseur1-demo", "supplier",
            "38367939600028");
    /** Acts for SCOP Elits Propreté (an EI in Lyon 3e). */
    public static final DemoUser OTHER_SUPPLIER = new DemoUser("fournisseur2", "fournisseur2-demo", "supplier",
            "45038562000023");
    public static final DemoUser ADMIN = new DemoUser("admin", "admin-demo", "admin", "facilitator");

    public static final List<DemoUser> ALL = List.of(BUYER, OTHER_BUYER, SUPPLIER, OTHER_SUPPLIER, ADMIN);
    public static final List<DemoUser> SUPPLIERS = List.of(SUPPLIER, OTHER_SUPPLIER);

    /** The confidential test client with the password grant enabled (tests only). */
    public static final String TEST_CLIENT = "marketplace-test";
    public static final String TEST_CLIENT_SECRET = "marketplace-test-dev-secret";
    /** As the test client, but its access tokens expire one second after they are issued (expired-token tests). */
    public static final String SHORT_LIVED_TEST_CLIENT = "marketplace-test-short-lived";
    public static final String SHORT_LIVED_TEST_CLIENT_SECRET = "marketplace-test-short-lived-dev-secret";
    /** The gateway's own confidential client: it signs web users in and keeps their tokens (DESIGN.md §8). */
    public static final String GATEWAY_CLIENT = "marketplace-gateway";
    /** As the gateway's client, but its access tokens expire one second after they are issued (refresh tests). */
    public static final String SHORT_LIVED_GATEWAY_CLIENT = "marketplace-gateway-short-lived";
    public static final String SHORT_LIVED_GATEWAY_CLIENT_SECRET = "marketplace-gateway-short-lived-dev-secret";
    /** supplier-service's onboarding account: it may grant the realm role supplier, nothing else. */
    public static final String ONBOARDING_CLIENT = "supplier-onboarding";
    /** A client whose tokens are not meant for the marketplace API (no marketplace-api audience). */
    public static final String OTHER_AUDIENCE_CLIENT = "other-audience-test";
    public static final String OTHER_AUDIENCE_CLIENT_SECRET = "other-audience-test-dev-secret";

    /** The development secret of a service's client-credentials client (local platform and tests only). */
    public static String serviceClientSecret(String serviceClientId) {
        return serviceClientId + "-dev-secret";
    }

    private DemoUsers() {
    }
}
