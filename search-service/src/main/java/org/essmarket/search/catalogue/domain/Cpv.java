package org.essmarket.search.catalogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules of the CPV hierarchy (Common Procurement Vocabulary, 8 digits plus a check digit). The
 * level of a code is written in its trailing zeros: {@code 90000000} is a division, {@code 90900000}
 * a group, {@code 90910000} a class, and every code below starts with the same digits. So "90"
 * finds 90910000, and so does "90000000" or "90000000-7".
 */
public final class Cpv {

    /** A CPV division is the first two digits of a code. */
    public static final int DIVISION_LENGTH = 2;

    private static final Pattern CODE = Pattern.compile("(\\d{2,8})(?:-\\d)?");

    private Cpv() {
    }

    /** The division of an 8-digit code ({@code 90910000} → {@code 90}); empty when it is not a CPV code. */
    public static Optional<String> division(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        if (trimmed.length() < DIVISION_LENGTH || !Character.isDigit(trimmed.charAt(0))
                || !Character.isDigit(trimmed.charAt(1))) {
            return Optional.empty();
        }
        return Optional.of(trimmed.substring(0, DIVISION_LENGTH));
    }

    /** The distinct divisions of some codes, in order. */
    public static List<String> divisions(Collection<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream().filter(Objects::nonNull).map(Cpv::division).flatMap(Optional::stream).distinct()
                .sorted().toList();
    }

    /**
     * The digits every code under {@code input} starts with: {@code "90"} → {@code "90"},
     * {@code "90900000"} → {@code "909"}, {@code "90910000-9"} → {@code "9091"}; never fewer than two
     * digits ({@code "03000000"} → {@code "03"}).
     *
     * @throws IllegalArgumentException when {@code input} is not 2 to 8 digits (with an optional check digit)
     */
    public static String prefix(String input) {
        Matcher matcher = CODE.matcher(input == null ? "" : input.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "a CPV code or its first digits: 2 to 8 digits, e.g. 90 or 90910000");
        }
        String digits = matcher.group(1);
        if (digits.length() < 8) {
            return digits;
        }
        int end = digits.length();
        while (end > DIVISION_LENGTH && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
