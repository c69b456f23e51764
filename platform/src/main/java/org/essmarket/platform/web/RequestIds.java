package org.essmarket.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} that follows one client request through the gateway and the services,
 * in every response and every log line about it. A client's own id is kept when it is a sane token;
 * anything else is replaced, so that no one can inject text into our logs.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The logging MDC key; platform-defaults.yml puts it in every log line. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    public static String keepOrCreate(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
