package org.essmarket.supplier;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;

/** The supplier directory API with security on, real Keycloak tokens and the MongoDB stand-in. */
@ServiceIntegrationTest
class SupplierApiSecurityIT extends SecuredEndpointContract {

    SupplierApiSecurityIT() {
        // Only supplier users act for suppliers; a buyer has none of its own.
        super("/api/v1/suppliers/mine", DemoUsers.SUPPLIER, () -> Tokens.forUser(DemoUsers.BUYER));
    }
}
