package org.essmarket.gateway.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.data.redis.config.annotation.web.server.EnableRedisWebSession;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The web sessions: cookie {@code SESSION} (HttpOnly, SameSite=Lax, and Secure when the request came
 * over https — CookieWebSessionIdResolver's own rule, which sees X-Forwarded-Proto from trusted
 * proxies, see TrustedForwardedHeaderTransformer). Kept in this node's memory unless a Redis is
 * configured, in which case every gateway node serves every session.
 */
@Configuration(proxyBeanMethods = false)
public class SessionStoreConfiguration {

    public static final String COOKIE = "SESSION";

    @Bean
    WebSessionIdResolver webSessionIdResolver() {
        CookieWebSessionIdResolver cookies = new CookieWebSessionIdResolver();
        cookies.setCookieName(COOKIE);
        cookies.addCookieInitializer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return cookies;
    }

    /** Spring Session on Redis when {@code essmarket.session.redis-url} is set (SESSION_REDIS_URL, else RATE_LIMIT_REDIS_URL). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${essmarket.session.redis-url:}'.isBlank()")
    @EnableRedisWebSession(redisNamespace = "essmarket:gateway:session")
    static class SharedSessions {

        @Bean
        LettuceConnectionFactory sessionRedisConnectionFactory(@Value("${essmarket.session.redis-url}") String url) {
            return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url));
        }
    }
}
