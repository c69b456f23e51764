package org.essmarket.devstack.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the app under test at the test Elasticsearch. */
public class ElasticsearchInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.elasticsearch.uris=" + DevStack.elasticsearchUrl()).applyTo(context);
    }
}
