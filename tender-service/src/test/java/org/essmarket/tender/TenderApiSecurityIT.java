package org.essmarket.tender;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;

/**
 * The tender API with security on, real Keycloak tokens and the MongoDB stand-in. The public list
 * is open to anonymous callers, so the contract runs against the buyer's own list.
 */
@ServiceIntegrationTest
class TenderApiSecurityIT extends SecuredEndpointContract {

    TenderApiSecurityIT() {
        // Service accounts call /internal/**, never the user API.
        super("/api/v1/tenders/mine", DemoUsers.BUYER, () -> serviceAccountToken("supplier-service"));
    }
}
