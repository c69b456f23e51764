package org.essmarket.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.essmarket.devstack.DemoUsers.DemoUser;
import org.essmarket.devstack.test.LoopbackCookies;

/**
 * A browser as far as signing in goes: keeps cookies, sends the gateway's session and CSRF cookies
 * back, and fills in Keycloak's real login form. Redirects are followed one by one, so that a test
 * can look at each answer.
 */
final class Browser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final LoopbackCookies cookies;
    private final HttpClient http;
    private final String gateway;

    Browser(int gatewayPort) {
        this(gatewayPort, new LoopbackCookies());
    }

    private Browser(int gatewayPort, LoopbackCookies cookies) {
        this.gateway = "http://127.0.0.1:" + gatewayPort;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser on another gateway node: cookies know hosts, not ports, so it sends the same ones. */
    Browser onPort(int gatewayPort) {
        return new Browser(gatewayPort, cookies);
    }

    /** Signs in on Keycloak's login page and returns the gateway's last answer (the redirect to returnTo). */
    HttpResponse<String> signIn(DemoUser user, String returnTo) {
        HttpResponse<String> loginPage = followRedirects(get("/web/login?returnTo="
                + URLEncoder.encode(returnTo, StandardCharsets.UTF_8)));
        assertThat(loginPage.statusCode()).as("Keycloak's login page").isEqualTo(200);
        return submitLoginForm(loginPage, user);
    }

    /** Posts the user's name and password to the login form of this Keycloak page, then back to the gateway. */
    HttpResponse<String> submitLoginForm(HttpResponse<String> loginPage, DemoUser user) {
        String action = loginFormAction(loginPage).orElseThrow(() -> new AssertionError(
                "no login form on " + loginPage.uri() + ":\n" + loginPage.body()));
        HttpResponse<String> afterForm = send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user.username() + "&password="
                        + URLEncoder.encode(user.password(), StandardCharsets.UTF_8) + "&credentialId=")));
        assertThat(afterForm.statusCode()).as("Keycloak accepts the password and sends back to the gateway: %s",
                afterForm.body()).isEqualTo(302);
        return send(HttpRequest.newBuilder(afterForm.uri().resolve(afterForm.headers().firstValue("Location").orElseThrow())));
    }

    static Optional<String> loginFormAction(HttpResponse<String> page) {
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            return Optional.empty();
        }
        Matcher action = ACTION.matcher(form.group());
        return action.find() ? Optional.of(action.group(1).replace("&amp;", "&")) : Optional.empty();
    }

    /** Follows redirects (gateway and Keycloak alike) to the first answer that is not one. */
    HttpResponse<String> followRedirects(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = send(HttpRequest.newBuilder(next));
        }
        return current;
    }

    HttpResponse<String> get(String path) {
        return send(to(path).header("Accept", "application/json"));
    }

    HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path));
    }

    /** An unsafe call as the web app makes it: JSON, with the CSRF header when {@code withCsrfToken}. */
    HttpResponse<String> send(String method, String path, String json, boolean withCsrfToken) {
        HttpRequest.Builder request = to(path).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN").orElseThrow());
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }
}
