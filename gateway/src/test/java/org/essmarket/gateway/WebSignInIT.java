package org.essmarket.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.test.DevStack;
import org.essmarket.devstack.test.KeycloakInitializer;
import org.essmarket.devstack.test.PartnerServices;
import org.essmarket.devstack.test.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app's sign-in through the gateway (backend-for-frontend, DESIGN.md §8), with Keycloak's
 * real login form: the browser holds a session cookie, never a token; the gateway relays the
 * user's token to the services, wants the CSRF token on unsafe calls, and logs out at Keycloak too.
 * Bearer calls are unchanged. Also the pages: the web app's index.html for every page address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ContextConfiguration(initializers = KeycloakInitializer.class)
class WebSignInIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer services = PartnerServices.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routeEveryServiceToTheStandIn(DynamicPropertyRegistry registry) {
        for (String service : List.of("SUPPLIER", "TENDER", "CONSORTIUM", "SEARCH")) {
            registry.add(service + "_SERVICE_URL", services::baseUrl);
        }
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @BeforeEach
    void servicesAnswer() {
        services.resetAll();
        services.stubFor(any(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"content\":[]}")));
    }

    @Test
    void signs_in_on_keycloaks_login_page_with_pkce_and_lands_on_the_page_asked_for() {
        Browser browser = new Browser(port);

        HttpResponse<String> toKeycloak = browser.send(browser.to("/oauth2/authorization/keycloak"));
        assertThat(toKeycloak.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(DevStack.issuerUri() + "/protocol/openid-connect/auth?")
                .contains("code_challenge_method=S256", "client_id=" + DemoUsers.GATEWAY_CLIENT + "&"));

        HttpResponse<String> landed = browser.signIn(DemoUsers.SUPPLIER, "/appels-offres/42?lot=2");

        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValue("/appels-offres/42?lot=2");
        HttpResponse<String> session = browser.get("/web/session");
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode user = JSON.readTree(session.body());
        assertThat(user.get("authenticated").asBoolean()).isTrue();
        assertThat(user.get("username").asString()).isEqualTo("fournisseur1");
        assertThat(user.get("userId").asString()).isEqualTo(Tokens.subjectOf(Tokens.forUser(DemoUsers.SUPPLIER)));
        assertThat(user.get("roles").values()).extracting(JsonNode::asString).containsExactly("supplier");
        assertThat(user.get("email").asString()).contains("@");
        assertThat(user.get("name").asString()).isNotBlank();
        assertThat(session.body()).as("no token reaches the browser").doesNotContain("eyJ");
    }

    @Test
    void an_anonymous_browser_is_told_so_and_its_protected_api_calls_are_401_not_a_redirect() {
        Browser browser = new Browser(port);

        assertThat(JSON.readTree(browser.get("/web/session").body()).get("authenticated").asBoolean()).isFalse();
        HttpResponse<String> protectedCall = browser.send(browser.to("/api/v1/consortia")
                .header("Accept", "text/html,application/xhtml+xml,*/*"));
        assertThat(protectedCall.statusCode()).isEqualTo(401);
        assertThat(protectedCall.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(protectedCall.headers().firstValue("Location")).isEmpty();

        assertThat(browser.get("/api/v1/suppliers").statusCode()).as("public reads pass anonymous").isEqualTo(200);
        assertThat(services.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*"))))
                .extracting(request -> request.getUrl() + " " + request.getHeader("Authorization"))
                .containsExactly("/api/v1/suppliers null");
    }

    @Test
    void relays_the_session_users_access_token_to_the_service() {
        Browser browser = signedIn(DemoUsers.SUPPLIER);

        HttpResponse<String> response = browser.get("/api/v1/consortia?mine=true");

        assertThat(response.statusCode()).isEqualTo(200);
        String token = relayedToken("/api/v1/consortia?mine=true");
        assertThat(Tokens.subjectOf(token)).isEqualTo(userId(browser));
    }

    @Test
    void an_unsafe_call_with_the_session_cookie_needs_the_csrf_token() {
        Browser browser = signedIn(DemoUsers.SUPPLIER);

        HttpResponse<String> refused = browser.send("POST", "/api/v1/consortia", "{}", false);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("X-XSRF-TOKEN");
        assertThat(services.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*")))).isEmpty();

        HttpResponse<String> wrongToken = browser.send(browser.to("/api/v1/consortia").header("X-XSRF-TOKEN", "forged")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(wrongToken.statusCode()).isEqualTo(403);

        HttpResponse<String> passed = browser.send("POST", "/api/v1/consortia", "{}", true);
        assertThat(passed.statusCode()).isEqualTo(200);
        assertThat(Tokens.subjectOf(relayedToken("/api/v1/consortia"))).isEqualTo(userId(browser));
    }

    @Test
    void bearer_calls_work_as_before_with_their_own_token_and_without_csrf() {
        String token = Tokens.forUser(DemoUsers.BUYER);
        GatewayClient client = new GatewayClient(port);

        assertThat(client.get("/api/v1/consortia", token).statusCode()).isEqualTo(200);
        HttpResponse<String> post = client.send(client.to("/api/v1/consortia").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")), token);

        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().allValues("Set-Cookie")).as("no session for a bearer call").isEmpty();
        assertThat(services.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*"))))
                .extracting(request -> request.getHeader("Authorization")).containsOnly("Bearer " + token).hasSize(2);
    }

    @Test
    void after_sign_in_goes_to_a_page_of_this_site_only() {
        for (String elsewhere : List.of("https://evil.example/x", "//evil.example/x", "/\\evil.example")) {
            HttpResponse<String> landed = new Browser(port).signIn(DemoUsers.SUPPLIER, elsewhere);

            assertThat(landed.headers().firstValue("Location")).as(elsewhere).hasValue("/");
        }
    }

    @Test
    void logout_needs_the_csrf_token_and_ends_the_keycloak_session_too() {
        Browser browser = signedIn(DemoUsers.OTHER_SUPPLIER);
        assertThat(browser.send("POST", "/logout", "", false).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(browser.get("/web/session").body()).get("authenticated").asBoolean()).isTrue();

        // As the web app's logout form posts it.
        HttpResponse<String> logout = browser.send(browser.to("/logout")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + browser.cookie("XSRF-TOKEN").orElseThrow())));

        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = logout.headers().firstValue("Location").orElseThrow();
        assertThat(endSession).startsWith(DevStack.issuerUri() + "/protocol/openid-connect/logout?")
                .contains("id_token_hint=");
        assertThat(URLDecoder.decode(endSession, StandardCharsets.UTF_8))
                .contains("post_logout_redirect_uri=http://127.0.0.1:" + port + "/");
        HttpResponse<String> home = browser.followRedirects(logout);
        assertThat(home.uri()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/"));
        assertThat(JSON.readTree(browser.get("/web/session").body()).get("authenticated").asBoolean()).isFalse();

        HttpResponse<String> again = browser.followRedirects(browser.get("/web/login?returnTo=/"));
        assertThat(Browser.loginFormAction(again)).as("Keycloak asks for the password again").isPresent();
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_secure_behind_an_https_proxy() {
        HttpResponse<String> plain = new Browser(port).get("/web/login?returnTo=/");
        assertThat(sessionCookie(plain)).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        Browser behindProxy = new Browser(port);
        HttpResponse<String> overHttps = behindProxy.send(behindProxy.to("/web/login?returnTo=/")
                .header("X-Forwarded-Proto", "https"));
        assertThat(sessionCookie(overHttps)).containsIgnoringCase("HttpOnly").contains("SameSite=Lax", "Secure");
    }

    @Test
    void every_page_address_is_the_web_app_with_a_strict_csp_and_never_cached() {
        for (String page : List.of("/", "/appels-offres/123", "/mes-structures/nouvelle")) {
            HttpResponse<String> response = new GatewayClient(port).send(new GatewayClient(port).to(page)
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), null);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).contains("test-index");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; "
                    + "script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
                    + "frame-ancestors 'none'; base-uri 'self'; form-action 'self' "
                    + DevStack.keycloakUrl().toString().replaceAll("/$", ""));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void hashed_assets_are_cached_for_a_year_and_api_addresses_are_never_the_app() {
        GatewayClient client = new GatewayClient(port);

        HttpResponse<String> asset = client.get("/assets/x.js", null);
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control").orElseThrow().split(",\\s*"))
                .containsExactlyInAnyOrder("max-age=31536000", "public", "immutable");

        HttpResponse<String> api = client.send(client.to("/api/v1/nothing-here").header("Accept", "text/html"), null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(client.get("/favicon-missing.ico", null).statusCode()).isEqualTo(404);
    }

    @Test
    void swagger_ui_still_loads_without_the_pages_csp() {
        GatewayClient client = new GatewayClient(port);

        HttpResponse<String> page = client.send(client.to("/swagger-ui/index.html").header("Accept", "text/html"), null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("test-index");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    private Browser signedIn(DemoUsers.DemoUser user) {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(user, "/").statusCode()).isEqualTo(302);
        return browser;
    }

    private static String userId(Browser browser) {
        return JSON.readTree(browser.get("/web/session").body()).get("userId").asString();
    }

    private static String relayedToken(String url) {
        List<LoggedRequest> requests = services.findAll(anyRequestedFor(urlPathMatching("/api/v1/.*")));
        assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly(url);
        String authorization = requests.get(0).getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        return authorization.substring("Bearer ".length());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
    }
}
