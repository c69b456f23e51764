package org.essmarket.tender;

import org.essmarket.devstack.test.ApiDocumentContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;

/** The document this service serves is web/openapi/tenders.json, which the web client's types come from. */
@ServiceIntegrationTest
class TenderApiDocumentIT extends ApiDocumentContract {

    TenderApiDocumentIT() {
        super("tenders");
    }
}
