package org.essmarket.tender;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.Tokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The tender API with security on, real Keycloak tokens and the MongoDB stand-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class })
class TenderApiSecurityIT implements SecuredEndpointContract {

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }

    @Override
    public String endpoint() {
        return "/api/v1/tenders";
    }

    @Override
    public DemoUser allowedUser() {
        return DemoUsers.BUYER;
    }

    @Override
    public String tokenWithWrongRole() {
        // Service accounts call /internal/**, never the user API.
        return Tokens.forClient("supplier-service", DemoUsers.serviceClientSecret("supplier-service"));
    }
}
