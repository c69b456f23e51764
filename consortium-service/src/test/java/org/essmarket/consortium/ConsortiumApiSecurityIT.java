package org.essmarket.consortium;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.Tokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The groupement API with security on, real Keycloak tokens and the MongoDB stand-in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class })
class ConsortiumApiSecurityIT implements SecuredEndpointContract {

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }

    @Override
    public String endpoint() {
        return "/api/v1/consortia";
    }

    @Override
    public DemoUser allowedUser() {
        return DemoUsers.SUPPLIER;
    }

    @Override
    public String tokenWithWrongRole() {
        // Groupements are the suppliers' workspace: a buyer has no business there.
        return Tokens.forUser(DemoUsers.BUYER);
    }
}
