package org.essmarket.supplier.supplier.domain;

/**
 * A French establishment identifier (SIRET): the 9-digit SIREN of the legal unit followed by the
 * 5-digit NIC of the establishment.
 *
 * <p>Checks, as INSEE defines them: exactly 14 digits; the Luhn check on the SIREN (first 9 digits)
 * and on the whole SIRET. La Poste is the exception: its establishments (SIREN {@value #LA_POSTE_SIREN})
 * were numbered before the rule, so their SIRETs are valid when the sum of the 14 digits is a multiple
 * of 5, and the Luhn check is not applied to them; the head office {@value #LA_POSTE_HEAD_OFFICE} is the
 * one La Poste SIRET that keeps a Luhn key (as python-stdnum's {@code siret.validate} does).
 *
 * <p>The canonical constructor takes the normalised form (14 digits) and names the field
 * {@code siret} when it refuses; use {@link #of(String, String)} for user input.
 */
public record Siret(String value) {

    /** The SIREN of La Poste, whose SIRETs follow the digit-sum rule instead of Luhn. */
    public static final String LA_POSTE_SIREN = "356000000";

    /** The SIRET of La Poste's head office, which has a regular Luhn key. */
    public static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private static final int LENGTH = 14;
    private static final int MAX_ECHO = 40;

    public Siret {
        check(value, "siret");
    }

    /**
     * Parses user input: spaces (including non-breaking and narrow non-breaking spaces) are removed,
     * then the number is checked.
     *
     * @param raw   the input, e.g. {@code "732 829 320 00074"}
     * @param field the name of the input field, reported in the refusal
     * @throws InvalidFieldException naming {@code field} when the input is missing or not a valid SIRET
     */
    public static Siret of(String raw, String field) {
        return new Siret(check(stripSpaces(raw), field));
    }

    /** Whether {@code raw} (spaces tolerated) is a valid SIRET, for bulk imports that skip bad rows. */
    public static boolean isValid(String raw) {
        try {
            check(stripSpaces(raw), "siret");
            return true;
        } catch (InvalidFieldException e) {
            return false;
        }
    }

    /** The SIREN: the first 9 digits, identifying the legal unit. */
    public String siren() {
        return value.substring(0, 9);
    }

    /** The NIC: the last 5 digits, identifying the establishment within the legal unit. */
    public String nic() {
        return value.substring(9);
    }

    /** The usual human-readable form, e.g. {@code 732 829 320 00074}. */
    public String formatted() {
        return value.substring(0, 3) + ' ' + value.substring(3, 6) + ' ' + value.substring(6, 9) + ' ' + value.substring(9);
    }

    /** The 14 digits. */
    @Override
    public String toString() {
        return value;
    }

    private static String check(String digits, String field) {
        if (digits == null || digits.isEmpty()) {
            throw new InvalidFieldException(field, "A SIRET is required");
        }
        if (!isAllDigits(digits) || digits.length() != LENGTH) {
            throw new InvalidFieldException(field,
                    echo(digits) + " is not a valid SIRET (14 digits expected)");
        }
        if (!luhn(digits, 0, 9)) {
            throw new InvalidFieldException(field,
                    digits + " is not a valid SIRET (check digit of the SIREN " + digits.substring(0, 9) + ")");
        }
        if (digits.startsWith(LA_POSTE_SIREN) && !digits.equals(LA_POSTE_HEAD_OFFICE)) {
            if (digitSum(digits) % 5 != 0) {
                throw new InvalidFieldException(field,
                        digits + " is not a valid SIRET (La Poste check: the sum of the digits must be a multiple of 5)");
            }
        } else if (!luhn(digits, 0, LENGTH)) {
            throw new InvalidFieldException(field, digits + " is not a valid SIRET (check digit)");
        }
        return digits;
    }

    /** Luhn check of {@code s[from, to)}: doubling every second digit from the right. */
    private static boolean luhn(String s, int from, int to) {
        int sum = 0;
        boolean doubled = false;
        for (int i = to - 1; i >= from; i--) {
            int d = s.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i) - '0';
        }
        return sum;
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String stripSpaces(String raw) {
        // \s: ASCII white space and line breaks; \p{Z}: every Unicode space, non-breaking ones included
        return raw == null ? null : raw.replaceAll("[\\s\\p{Z}]+", "");
    }

    /** The input as echoed in a message, cut short so that a huge input is not reflected whole. */
    private static String echo(String s) {
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "…";
    }
}
