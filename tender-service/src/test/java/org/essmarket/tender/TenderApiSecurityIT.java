package org.essmarket.tender;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;

/** The tender API with security on, real Keycloak tokens and the MongoDB stand-in. */
@ServiceIntegrationTest
class TenderApiSecurityIT extends SecuredEndpointContract {

    TenderApiSecurityIT() {
        // Service accounts call /internal/**, never the user API.
        super("/api/v1/tenders", DemoUsers.BUYER, () -> serviceAccountToken("supplier-service"));
    }
}
