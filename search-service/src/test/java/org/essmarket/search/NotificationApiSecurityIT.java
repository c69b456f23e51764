package org.essmarket.search;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The notification feed API with security on, real Keycloak tokens, the MongoDB stand-in and Elasticsearch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class NotificationApiSecurityIT extends SecuredEndpointContract {

    NotificationApiSecurityIT() {
        // Service accounts post notifications through /internal/**; they have no feed.
        super("/api/v1/notifications", DemoUsers.BUYER, () -> serviceAccountToken("consortium-service"));
    }
}
