package org.essmarket.consortium;

import org.essmarket.devstack.test.ApiDocumentContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;

/** The document this service serves is web/openapi/consortia.json, which the web client's types come from. */
@ServiceIntegrationTest
class ConsortiumApiDocumentIT extends ApiDocumentContract {

    ConsortiumApiDocumentIT() {
        super("consortia");
    }
}
