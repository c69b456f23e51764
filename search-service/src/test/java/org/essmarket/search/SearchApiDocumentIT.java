package org.essmarket.search;

import org.essmarket.devstack.test.ApiDocumentContract;
import org.essmarket.devstack.test.ElasticsearchInitializer;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.MongoStandInInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The document this service serves is web/openapi/search.json, which the web client's types come from. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { MongoStandInInitializer.class, KeycloakInitializer.class,
        ElasticsearchInitializer.class })
class SearchApiDocumentIT extends ApiDocumentContract {

    SearchApiDocumentIT() {
        super("search");
    }
}
