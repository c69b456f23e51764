package org.essmarket.platform.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.client.MongoClient;

/** Replaces Boot's Mongo health contributor (same bean name, so it keeps the component name "mongo"). */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass({ MongoClient.class, MongoHealthContributorAutoConfiguration.class })
@ConditionalOnBean(MongoClient.class)
public class MongoPingHealthAutoConfiguration {

    @Bean
    MongoPingHealthIndicator mongoHealthContributor(MongoClient client) {
        return new MongoPingHealthIndicator(client);
    }
}
