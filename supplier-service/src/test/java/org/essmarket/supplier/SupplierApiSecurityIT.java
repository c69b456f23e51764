package org.essmarket.supplier;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;

/** The supplier directory API with security on, real Keycloak tokens and the MongoDB stand-in. */
@ServiceIntegrationTest
class SupplierApiSecurityIT extends SecuredEndpointContract {

    SupplierApiSecurityIT() {
        // Service accounts call /internal/**, never the user API.
        super("/api/v1/suppliers", DemoUsers.SUPPLIER, () -> serviceAccountToken("tender-service"));
    }
}
