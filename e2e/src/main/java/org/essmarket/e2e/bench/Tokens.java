package org.essmarket.e2e.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.keycloak.ClientCredentials;

/**
 * Access tokens from the platform's Keycloak, fetched again after a minute: a benchmark outlives
 * the realm's 5-minute tokens.
 */
public final class Tokens implements Supplier<String> {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(1);

    private final Supplier<String> fetch;
    private String token;
    private Instant fetchedAt = Instant.MIN;

    private Tokens(Supplier<String> fetch) {
        this.fetch = fetch;
    }

    /** A demo user's tokens (password grant of the local test client). */
    public static Tokens of(Platform platform, DemoUser user) {
        return new Tokens(() -> ClientCredentials.token(platform.issuer(), Map.of("grant_type", "password",
                "client_id", DemoUsers.TEST_CLIENT, "client_secret", DemoUsers.TEST_CLIENT_SECRET,
                "username", user.username(), "password", user.password())));
    }

    /** A service account's tokens (client credentials), e.g. supplier-service's for the internal index API. */
    public static Tokens ofService(Platform platform, String clientId) {
        return new Tokens(() -> ClientCredentials.serviceToken(platform.issuer(), clientId,
                DemoUsers.serviceClientSecret(clientId)));
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(fetchedAt.plus(REFRESH_AFTER))) {
            token = fetch.get();
            fetchedAt = Instant.now();
        }
        return token;
    }
}
