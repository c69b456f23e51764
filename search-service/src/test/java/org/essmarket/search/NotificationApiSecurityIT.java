package org.essmarket.search;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.Tokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** The notification feed API with security on, real Keycloak tokens, the MongoDB stand-in and Elasticsearch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class NotificationApiSecurityIT implements SecuredEndpointContract {

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }

    @Override
    public String endpoint() {
        return "/api/v1/notifications";
    }

    @Override
    public DemoUser allowedUser() {
        return DemoUsers.BUYER;
    }

    @Override
    public String tokenWithWrongRole() {
        // Service accounts post notifications through /internal/**; they have no feed.
        return Tokens.forClient("consortium-service", DemoUsers.serviceClientSecret("consortium-service"));
    }
}
