package org.essmarket.consortium;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.PartnerServices;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.devstack.test.SecuredEndpointContract;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * The groupement API with security on, real Keycloak tokens and the MongoDB stand-in; WireMock plays
 * supplier-service, which says which suppliers the caller acts for (here none).
 */
@ServiceIntegrationTest
class ConsortiumApiSecurityIT extends SecuredEndpointContract {

    private static final WireMockServer partners = PartnerServices.start();

    @DynamicPropertySource
    static void partnerServices(DynamicPropertyRegistry registry) {
        PartnerServices.standFor(partners, registry, "supplier-service");
        partners.stubFor(WireMock.get(urlPathMatching("/internal/users/.*/suppliers")).willReturn(okJson("{\"supplierIds\": []}")));
    }

    @AfterAll
    static void stopPartners() {
        partners.stop();
    }

    ConsortiumApiSecurityIT() {
        // Groupements are the suppliers' workspace: a buyer has no business there.
        super("/api/v1/consortia", DemoUsers.SUPPLIER, () -> Tokens.forUser(DemoUsers.BUYER));
    }
}
