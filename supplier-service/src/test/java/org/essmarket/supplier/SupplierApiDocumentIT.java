package org.essmarket.supplier;

import org.essmarket.devstack.test.ApiDocumentContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;

/** The document this service serves is web/openapi/suppliers.json, which the web client's types come from. */
@ServiceIntegrationTest
class SupplierApiDocumentIT extends ApiDocumentContract {

    SupplierApiDocumentIT() {
        super("suppliers");
    }
}
