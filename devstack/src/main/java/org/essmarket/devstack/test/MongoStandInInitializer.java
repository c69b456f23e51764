package org.essmarket.devstack.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the app under test at the test MongoDB: {@code @ContextConfiguration(initializers = ...)}. */
public class MongoStandInInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mongodb.uri=" + DevStack.mongoUri()).applyTo(context);
    }
}
