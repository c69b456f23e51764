package org.essmarket.supplier.reference.domain;

import java.util.Locale;

/** Small helpers shared by the reference value types: input clean-up and message echoes. */
final class Inputs {

    private static final int MAX_ECHO = 40;

    private Inputs() {
    }

    /** Removes every space (including non-breaking ones) and line break; {@code null} stays {@code null}. */
    static String stripSpaces(String raw) {
        // \s: ASCII white space and line breaks; \p{Z}: every Unicode space, non-breaking ones included
        return raw == null ? null : raw.replaceAll("[\\s\\p{Z}]+", "");
    }

    /** A code as given by a caller, trimmed and upper-cased ({@code 2a004} → {@code 2A004}); may be {@code null}. */
    static String normaliseCode(String raw) {
        String s = stripSpaces(raw);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    static boolean isDigits(String s, int minLength, int maxLength) {
        if (s == null || s.length() < minLength || s.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The input as echoed in a message, cut short so that a huge input is not reflected whole. */
    static String echo(String s) {
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "…";
    }
}
