package org.essmarket.gateway.signin;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;

/**
 * The web app's sign-in (DESIGN.md §8): the gateway is Keycloak's confidential client
 * (authorization code with PKCE), keeps the user's tokens in the session — never in the browser —
 * and refreshes the access token it relays to the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
public class SignInConfiguration {

    public static final String REGISTRATION_ID = "keycloak";

    /**
     * Endpoints set one by one rather than discovered from the issuer: the browser reaches Keycloak
     * at the public issuer, the gateway at an in-network address in Compose and Kubernetes.
     */
    @Bean
    ReactiveClientRegistrationRepository clientRegistrations(SignInProperties signIn) {
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(signIn.clientId())
                .clientSecret(signIn.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
                .issuerUri(signIn.issuerUri().toString())
                .authorizationUri(signIn.authorizationUri().toString())
                .tokenUri(signIn.tokenUri().toString())
                .jwkSetUri(signIn.jwkSetUri().toString())
                // No user-info call: the ID token carries what the web app is told (SessionEndpoints).
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", signIn.endSessionUri().toString()))
                .build();
        return new InMemoryReactiveClientRegistrationRepository(keycloak);
    }

    /** The user's tokens live in the session, so that every gateway node sharing it can relay them. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /**
     * Gives TokenRelay the session user's access token, refreshed when it has expired. A refresh
     * Keycloak refuses removes the tokens from the session and fails the call (ProblemErrorHandler).
     */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    /** After Keycloak's login form, back to the page /web/login was asked for (or home). */
    public static ServerAuthenticationSuccessHandler backToReturnTo() {
        DefaultServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
        return (webFilterExchange, authentication) -> webFilterExchange.getExchange().getSession()
                .map(session -> {
                    Object returnTo = session.getAttributes().remove(SessionEndpoints.RETURN_TO_ATTRIBUTE);
                    return returnTo instanceof String path ? ReturnTo.sanitize(path) : ReturnTo.HOME;
                })
                .flatMap(path -> redirect.sendRedirect(webFilterExchange.getExchange(), URI.create(path)));
    }

    /** Logging out ends the Keycloak session too (OIDC RP-initiated logout), then back home. */
    public static ServerLogoutSuccessHandler keycloakLogout(ReactiveClientRegistrationRepository registrations) {
        OidcClientInitiatedServerLogoutSuccessHandler keycloak = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        keycloak.setPostLogoutRedirectUri("{baseUrl}/");
        // Without a signed-in user there is no Keycloak session to end.
        keycloak.setLogoutSuccessUrl(URI.create(ReturnTo.HOME));
        return keycloak;
    }
}
