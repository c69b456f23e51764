package org.essmarket.gateway.signin;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the browser lands after signing in: a path of this site only, so that
 * {@code /web/login?returnTo=} cannot send a user elsewhere (open redirect).
 */
final class ReturnTo {

    static final String HOME = "/";
    private static final int MAX_LENGTH = 2048;

    private ReturnTo() {
    }

    /** The path asked for when it is a same-origin relative path, else the home page. */
    static String sanitize(String asked) {
        if (asked == null || asked.isEmpty() || asked.length() > MAX_LENGTH || !asked.startsWith("/")
                // "//host" and "/\host" are other hosts to browsers; control characters can hide them.
                || asked.startsWith("//") || asked.indexOf('\\') >= 0 || asked.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return HOME;
        }
        try {
            URI uri = new URI(asked);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? asked : HOME;
        } catch (URISyntaxException notAPath) {
            return HOME;
        }
    }
}
