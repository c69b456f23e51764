package org.essmarket.gateway.web;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

/**
 * Believes {@code Forwarded} / {@code X-Forwarded-*} (scheme, host, port) only from the proxies in
 * front of the gateway, and drops them from anyone else. The request's scheme decides whether the
 * session cookie is Secure and which address Keycloak sends the browser back to. Replaces the
 * trust-everyone transformer of {@code server.forward-headers-strategy: framework} (platform defaults).
 */
public final class TrustedForwardedHeaderTransformer extends ForwardedHeaderTransformer {

    private final Pattern trustedProxies;
    private final ForwardedHeaderTransformer dropOnly = new ForwardedHeaderTransformer();

    public TrustedForwardedHeaderTransformer(String trustedProxies) {
        this.trustedProxies = Pattern.compile(trustedProxies);
        this.dropOnly.setRemoveOnly(true);
    }

    @Override
    public ServerHttpRequest apply(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        boolean trusted = remote != null && remote.getAddress() != null
                && trustedProxies.matcher(remote.getAddress().getHostAddress()).matches();
        return trusted ? super.apply(request) : dropOnly.apply(request);
    }
}
