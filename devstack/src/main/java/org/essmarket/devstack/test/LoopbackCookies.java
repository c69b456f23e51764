package org.essmarket.devstack.test;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for a test's HTTP client: Keycloak marks its cookies Secure even over
 * http; browsers still send them to 127.0.0.1 (a trustworthy origin), Java's CookieManager does
 * not. This one does, and serves loopback addresses only.
 */
public final class LoopbackCookies extends CookieManager {

    public LoopbackCookies() {
        super(null, CookiePolicy.ACCEPT_ALL);
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("Only loopback cookies here, not for " + uri);
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        // The store leaves Secure cookies out for http addresses: ask as if it were https.
        URI asIfSecure = URI.create("https://" + uri.getHost() + path);
        String header = getCookieStore().get(asIfSecure).stream()
                .filter(cookie -> path.startsWith(cookie.getPath() == null ? "/" : cookie.getPath()))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }
}
