package org.essmarket.consortium;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;

/** The groupement API with security on, real Keycloak tokens and the MongoDB stand-in. */
@ServiceIntegrationTest
class ConsortiumApiSecurityIT extends SecuredEndpointContract {

    ConsortiumApiSecurityIT() {
        // Groupements are the suppliers' workspace: a buyer has no business there.
        super("/api/v1/consortia", DemoUsers.SUPPLIER, () -> Tokens.forUser(DemoUsers.BUYER));
    }
}
