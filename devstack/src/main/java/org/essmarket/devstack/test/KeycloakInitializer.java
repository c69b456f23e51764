package org.essmarket.devstack.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Makes the app under test trust the test Keycloak's marketplace realm (issuer and keys). */
public class KeycloakInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.security.oauth2.resourceserver.jwt.issuer-uri=" + DevStack.issuerUri())
                .applyTo(context);
    }
}
