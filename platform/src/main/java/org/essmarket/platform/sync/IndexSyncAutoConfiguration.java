package org.essmarket.platform.sync;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Service-account tokens for every app; where {@code essmarket.search-service.url} is set, the
 * index-sync client, and the relay that keeps the app's {@link IndexedCollection}s in step with search.
 */
@AutoConfiguration
@EnableConfigurationProperties({ ServiceAccountProperties.class, SearchSyncProperties.class })
public class IndexSyncAutoConfiguration {

    @Bean
    ServiceAccountTokens serviceAccountTokens(ServiceAccountProperties account) {
        return new ServiceAccountTokens(withTimeouts(account.connectTimeout(), account.readTimeout()), account,
                Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty("essmarket.search-service.url")
    IndexSyncClient indexSyncClient(@Value("${essmarket.search-service.url}") String url, SearchSyncProperties sync,
            ServiceAccountTokens tokens) {
        return new IndexSyncClient(withTimeouts(sync.connectTimeout(), sync.readTimeout()), url, tokens);
    }

    @Bean
    @ConditionalOnProperty("essmarket.search-service.url")
    @ConditionalOnBean(IndexedCollection.class)
    SearchIndexRelay searchIndexRelay(List<IndexedCollection> collections, IndexSyncClient search,
            SearchSyncProperties sync) {
        return new SearchIndexRelay(collections, search, sync, Clock.systemUTC());
    }

    /**
     * A client whose calls fail after these times instead of hanging: a peer that accepts and never
     * answers would otherwise hold the relay (and, for tokens, every caller) for good.
     */
    static RestClient.Builder withTimeouts(Duration connect, Duration read) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connect).build());
        requests.setReadTimeout(read);
        return RestClient.builder().requestFactory(requests);
    }
}
