package org.essmarket.tender;

import static org.assertj.core.api.Assertions.assertThat;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.devstack.test.Tokens;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the integration tests of features built on tenders share: the running service, real tokens
 * of the demo users (the buyer acts for {@link TenderSamples#LYON}) and tenders stored in the status
 * a test needs.
 */
@ServiceIntegrationTest
public abstract class TenderApiScenario {

    @LocalServerPort
    private int port;

    @Autowired
    protected TenderStore store;

    protected ApiClient api;
    protected TenderSamples tenders;
    protected final String buyer = Tokens.forUser(DemoUsers.BUYER);
    protected final String supplier = Tokens.forUser(DemoUsers.SUPPLIER);
    protected final String otherSupplier = Tokens.forUser(DemoUsers.OTHER_SUPPLIER);
    protected final String admin = Tokens.forUser(DemoUsers.ADMIN);

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        tenders = new TenderSamples(store);
    }

    protected static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
