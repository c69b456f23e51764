package org.essmarket.devstack.test;

import org.essmarket.devstack.DemoUsers;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes the app under test trust the test Keycloak's marketplace realm (issuer and keys), and gives
 * its service account (and supplier-service's onboarding account) the realm file's development secret.
 */
public class KeycloakInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String serviceClient = context.getEnvironment().getProperty("essmarket.service-account.client-id");
        TestPropertyValues.of("spring.security.oauth2.resourceserver.jwt.issuer-uri=" + DevStack.issuerUri(),
                "essmarket.service-account.client-secret=" + DemoUsers.serviceClientSecret(serviceClient),
                "essmarket.onboarding-account.client-secret=" + DemoUsers.serviceClientSecret(DemoUsers.ONBOARDING_CLIENT))
                .applyTo(context);
    }
}
