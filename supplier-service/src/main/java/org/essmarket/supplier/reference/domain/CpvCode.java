package org.essmarket.supplier.reference.domain;

import org.essmarket.supplier.supplier.domain.InvalidFieldException;

/**
 * A code of the Common Procurement Vocabulary (CPV 2008), stored in its normalised form: the 8 digits
 * without the check digit ({@code 90910000}), so that prefix filters such as {@code 909} work on it.
 *
 * <p>{@link #parse(String, String)} checks the format only; whether the code exists in CPV 2008 and
 * whether a given check digit is the right one is for {@link CpvCatalogue#require(String, String)}.
 * The canonical constructor takes the normalised form and names the field {@code cpv} when it refuses.
 */
public record CpvCode(String code) {

    /** The length of a CPV code without its check digit. */
    public static final int LENGTH = 8;

    public CpvCode {
        if (!Inputs.isDigits(code, LENGTH, LENGTH)) {
            throw new InvalidFieldException("cpv",
                    (code == null ? "null" : Inputs.echo(code)) + " is not a CPV code (8 digits expected)");
        }
    }

    /**
     * Parses a CPV code written {@code 90910000-9} or {@code 90910000}, spaces tolerated
     * ({@code "9091 0000 - 9"}). Checks the format only (not that the code exists).
     *
     * @throws InvalidFieldException naming {@code field} when the input is missing or malformed
     */
    public static CpvCode parse(String raw, String field) {
        return CpvInput.parse(raw, field).code();
    }

    /**
     * Validates a CPV prefix filter: 1 to 8 digits, spaces tolerated; a full code with its check digit
     * ({@code 90910000-9}) is accepted and reduced to its 8 digits. The prefix is literal: {@code 90910000}
     * only matches that code; use {@code 9091} (or {@link #significantPrefix()}) for the whole class.
     *
     * @return the digits of the prefix
     * @throws InvalidFieldException naming {@code field} when the input is missing or malformed
     */
    public static String prefix(String raw, String field) {
        String s = Inputs.stripSpaces(raw);
        if (s == null || s.isEmpty()) {
            throw new InvalidFieldException(field, "A CPV prefix is required");
        }
        if (s.length() == LENGTH + 2 && s.charAt(LENGTH) == '-') {
            return parse(s, field).code();
        }
        if (!Inputs.isDigits(s, 1, LENGTH)) {
            throw new InvalidFieldException(field,
                    Inputs.echo(s) + " is not a CPV prefix (1 to 8 digits expected)");
        }
        return s;
    }

    /** Whether this code starts with {@code prefix} (e.g. {@code 90910000} has the prefix {@code 909}). */
    public boolean hasPrefix(String prefix) {
        return prefix != null && code.startsWith(prefix);
    }

    /** The division: the first two digits ({@code 90} for {@code 90910000}). */
    public String division() {
        return code.substring(0, 2);
    }

    /**
     * The code without its trailing zeros, at least the two digits of the division: the prefix shared
     * by this code and everything below it in the CPV tree ({@code 9091} for {@code 90910000},
     * {@code 45} for {@code 45000000}).
     */
    public String significantPrefix() {
        int end = LENGTH;
        while (end > 2 && code.charAt(end - 1) == '0') {
            end--;
        }
        return code.substring(0, end);
    }

    /** The 8 digits. */
    @Override
    public String toString() {
        return code;
    }
}
