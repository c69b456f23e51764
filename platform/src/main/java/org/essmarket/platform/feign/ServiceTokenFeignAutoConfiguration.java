package org.essmarket.platform.feign;

import org.essmarket.platform.sync.ServiceAccountTokens;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

import feign.RequestInterceptor;

/**
 * Services call each other as themselves (DESIGN.md §1): every Feign request carries the calling
 * service's client-credentials token, so the callee's {@code /internal/**} endpoints (role
 * {@code service}, and this service's client among their callers, {@code ServiceCallers}) accept it.
 * The user's token is never relayed: the callee trusts the calling
 * service, which has already checked the user.
 */
@AutoConfiguration(after = org.essmarket.platform.sync.IndexSyncAutoConfiguration.class)
@ConditionalOnClass(RequestInterceptor.class)
public class ServiceTokenFeignAutoConfiguration {

    @Bean
    RequestInterceptor serviceTokenInterceptor(ServiceAccountTokens tokens) {
        return request -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.token());
    }
}
