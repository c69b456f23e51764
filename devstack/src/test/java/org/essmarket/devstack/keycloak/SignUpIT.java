package org.essmarket.devstack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.essmarket.devstack.DemoUsers;
import org.essmarket.devstack.mail.MailInbox;
import org.essmarket.devstack.test.DevStack;
import org.essmarket.devstack.test.LoopbackCookies;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Sign-up on the real Keycloak with the realm as code: a person registers through Keycloak's own
 * registration form (in French, the realm's default locale), opens the link of the email the real
 * SMTP server received, then chooses a password that the realm's policy checks (with verifyEmail,
 * Keycloak asks for it only once the address is proven), and holds no business role until a flow
 * grants one.
 */
class SignUpIT {

    private static final Pattern REGISTER_FORM = Pattern.compile("<form[^>]*id=\"kc-register-form\"[^>]*>");
    private static final Pattern PASSWORD_FORM = Pattern.compile("<form[^>]*id=\"kc-passwd-update-form\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final String STRONG_PASSWORD = "Tournesol-et-blé-2026";

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final MailInbox inbox = new MailInbox(DevStack.mailServer().inboxUrl());

    @Test
    void a_person_signs_up_verifies_the_email_from_the_inbox_chooses_a_password_and_holds_no_business_role() {
        String email = "marie.curie." + UUID.randomUUID() + "@example.org";
        HttpResponse<String> registered = register(email);

        assertThat(registered.body()).as("Keycloak asks to verify the address").contains("vérifier votre adresse");
        MailInbox.Mail mail = inbox.lastTo(email, 50)
                .orElseThrow(() -> new AssertionError("no email to " + email + " in the inbox"));
        assertThat(mail.subject()).as("in French").isEqualTo("Vérification du courriel");
        String verification = mail.links().stream().filter(link -> link.contains("/login-actions/action-token"))
                .findFirst().orElseThrow(() -> new AssertionError("no verification link in " + mail.text()));

        HttpResponse<String> choosePassword = follow(get(URI.create(verification)));
        HttpResponse<String> weak = post(formAction(choosePassword, PASSWORD_FORM),
                Map.of("password-new", "court-26", "password-confirm", "court-26"));

        assertThat(weak.statusCode()).as("the form again, with the reason").isEqualTo(200);
        assertThat(weak.body()).as("Keycloak's French message").contains("Mot de passe invalide")
                .contains("longueur minimale de 10.");
        HttpResponse<String> chosen = post(formAction(weak, PASSWORD_FORM),
                Map.of("password-new", STRONG_PASSWORD, "password-confirm", STRONG_PASSWORD));
        assertThat(chosen.statusCode()).as("signed in, back to the web client: %s", chosen.body()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).startsWith("http://127.0.0.1:8080/")
                .contains("code=");

        JsonNode claims = claims(token(email, STRONG_PASSWORD));
        assertThat(claims.path("preferred_username").asString()).as("the email is the user name").isEqualTo(email);
        assertThat(claims.path("email_verified").asBoolean()).isTrue();
        assertThat(claims.path("given_name").asString()).isEqualTo("Marie");
        assertThat(claims.path("realm_access").path("roles").values().stream().map(JsonNode::asString).toList())
                .as("the default roles hold no business role").isNotEmpty()
                .doesNotContain("buyer", "supplier", "admin", "service");
    }

    @Test
    void a_forgotten_password_is_reset_through_an_emailed_link() {
        String email = claims(token(DemoUsers.SUPPLIER.username(), DemoUsers.SUPPLIER.password())).path("email").asString();
        HttpResponse<String> login = follow(get(openidConnect().resolve("auth?" + authorizationQuery())));
        Matcher reset = Pattern.compile("href=\"([^\"]*login-actions/reset-credentials[^\"]*)\"").matcher(login.body());
        assertThat(reset.find()).as("the login page offers to reset the password: %s", login.body()).isTrue();
        HttpResponse<String> resetPage = follow(get(login.uri().resolve(reset.group(1).replace("&amp;", "&"))));

        follow(post(formAction(resetPage, Pattern.compile("<form[^>]*id=\"kc-reset-password-form\"[^>]*>")),
                Map.of("username", DemoUsers.SUPPLIER.username())));

        MailInbox.Mail mail = inbox.lastTo(email, 50)
                .orElseThrow(() -> new AssertionError("no email to " + email + " in the inbox"));
        assertThat(mail.subject()).as("in French").containsIgnoringCase("mot de passe");
        assertThat(mail.links()).anyMatch(link -> link.contains("/login-actions/action-token"));
    }

    /** Opens Keycloak's registration page, fills in the form and returns the answer after its redirects. */
    private HttpResponse<String> register(String email) {
        HttpResponse<String> page = follow(get(openidConnect().resolve("registrations?" + authorizationQuery())));
        assertThat(page.statusCode()).as("the registration page").isEqualTo(200);
        assertThat(page.body()).as("in French by default").contains("lang=\"fr\"");
        return follow(post(formAction(page, REGISTER_FORM),
                Map.of("firstName", "Marie", "lastName", "Curie", "email", email)));
    }

    private static URI openidConnect() {
        return URI.create(DevStack.issuerUri() + "/protocol/openid-connect/");
    }

    /** The web client's authorization request (public client, PKCE S256 required). */
    private static String authorizationQuery() {
        return "client_id=marketplace-web&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode("http://127.0.0.1:8080/", StandardCharsets.UTF_8)
                + "&code_challenge=" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32])
                + "&code_challenge_method=S256";
    }

    private static String formAction(HttpResponse<String> page, Pattern formTag) {
        Matcher form = formTag.matcher(page.body());
        assertThat(form.find()).as("the form on %s: %s", page.uri(), page.body()).isTrue();
        Matcher action = ACTION.matcher(form.group());
        assertThat(action.find()).isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    private static String token(String username, String password) {
        return ClientCredentials.userToken(DevStack.issuerUri(), DemoUsers.TEST_CLIENT, DemoUsers.TEST_CLIENT_SECRET,
                username, password);
    }

    private static JsonNode claims(String token) {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    /** Follows Keycloak's redirects, but not to the client's redirect address (nothing listens there). */
    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            if (!next.toString().startsWith(DevStack.keycloakUrl().toString().replaceAll("/$", ""))) {
                return current;
            }
            current = get(next);
        }
        return current;
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private HttpResponse<String> post(String action, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
