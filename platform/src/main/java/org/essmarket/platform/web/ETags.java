package org.essmarket.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** ETag = the stored version in quotes; If-Match names the version a client read before changing it. */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    /** Edits must say which version they change (RFC 6585: 428 when missing). */
    public static long requireVersion(String ifMatch) {
        Long version = optionalVersion(ifMatch);
        if (version == null) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you read");
        }
        return version;
    }

    public static Long optionalVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // An ETag we never issued cannot match the current version.
            return -1L;
        }
    }
}
