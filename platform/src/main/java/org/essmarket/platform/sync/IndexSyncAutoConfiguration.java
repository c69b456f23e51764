package org.essmarket.platform.sync;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/**
 * Service-account tokens for every app; where {@code essmarket.search-service.url} is set, the
 * index-sync client, and the relay that keeps the app's {@link IndexedCollection}s in step with search.
 */
@AutoConfiguration
@EnableConfigurationProperties(ServiceAccountProperties.class)
public class IndexSyncAutoConfiguration {

    @Bean
    ServiceAccountTokens serviceAccountTokens(ServiceAccountProperties account) {
        return new ServiceAccountTokens(RestClient.builder(), account, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty("essmarket.search-service.url")
    IndexSyncClient indexSyncClient(@Value("${essmarket.search-service.url}") String url, ServiceAccountTokens tokens) {
        return new IndexSyncClient(RestClient.builder(), url, tokens);
    }

    @Bean
    @ConditionalOnProperty("essmarket.search-service.url")
    @ConditionalOnBean(IndexedCollection.class)
    SearchIndexRelay searchIndexRelay(List<IndexedCollection> collections, IndexSyncClient search) {
        return new SearchIndexRelay(collections, search, Clock.systemUTC());
    }
}
