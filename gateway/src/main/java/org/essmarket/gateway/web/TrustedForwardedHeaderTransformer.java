package org.essmarket.gateway.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;

import io.netty.util.NetUtil;

/**
 * Believes {@code Forwarded} / {@code X-Forwarded-*} only from the proxies in front of the gateway,
 * and drops them from anyone else. The request's scheme decides whether the session cookie is Secure
 * and which address Keycloak sends the browser back to; its remote address is the client the
 * anonymous rate limit counts. Replaces the trust-everyone transformer of
 * {@code server.forward-headers-strategy: framework} (platform defaults), which also takes the
 * first, client-written hop as an unresolved address.
 */
public final class TrustedForwardedHeaderTransformer extends ForwardedHeaderTransformer {

    private static final Pattern FORWARDED_FOR = Pattern.compile("(?i)(?:^|[;,\\s])for=(?:\"([^\"]*)\"|([^;,\\s]*))");

    private final Pattern trustedProxies;
    private final ForwardedHeaderTransformer dropOnly = new ForwardedHeaderTransformer();

    public TrustedForwardedHeaderTransformer(String trustedProxies) {
        this.trustedProxies = Pattern.compile(trustedProxies);
        this.dropOnly.setRemoveOnly(true);
    }

    @Override
    public ServerHttpRequest apply(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || !isTrusted(remote.getAddress())) {
            return dropOnly.apply(request);
        }
        InetAddress client = client(remote.getAddress(), hops(request.getHeaders()));
        ServerHttpRequest forwarded = super.apply(request);
        return forwarded == request ? request : forwarded.mutate().remoteAddress(new InetSocketAddress(client, 0)).build();
    }

    /**
     * Walks the hops back from the nearest: each trusted proxy vouches for the one before it, and the
     * first address that is not a trusted proxy is the client. Hops further back were written by the
     * client itself (proxies append to what they receive), so they are never believed.
     */
    private InetAddress client(InetAddress nearest, List<String> hops) {
        InetAddress client = nearest;
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            InetAddress hop = ipAddress(hops.get(i));
            if (hop == null) {
                // "unknown" or an obfuscated name: the proxy that wrote it is the last address known.
                break;
            }
            client = hop;
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        return address != null && trustedProxies.matcher(address.getHostAddress()).matches();
    }

    /** The {@code for} of every {@code Forwarded} element, else the {@code X-Forwarded-For} entries, farthest first. */
    private static List<String> hops(HttpHeaders headers) {
        List<String> hops = new ArrayList<>();
        for (String value : headers.getOrEmpty("Forwarded")) {
            Matcher forValue = FORWARDED_FOR.matcher(value);
            while (forValue.find()) {
                hops.add(forValue.group(1) != null ? forValue.group(1) : forValue.group(2));
            }
        }
        if (hops.isEmpty()) {
            for (String value : headers.getOrEmpty("X-Forwarded-For")) {
                hops.addAll(List.of(value.split(",")));
            }
        }
        return hops;
    }

    /** An IP literal, with or without port ({@code 192.0.2.1:4711}, {@code [2001:db8::1]:4711}); never a name lookup. */
    private static InetAddress ipAddress(String hop) {
        String host = hop.strip();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? "" : host.substring(1, end);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return NetUtil.createInetAddressFromIpAddressString(host);
    }
}
