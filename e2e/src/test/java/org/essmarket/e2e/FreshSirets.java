package org.essmarket.e2e;

/**
 * SIRETs for suppliers a test registers: valid (the Luhn key of the SIREN and of the SIRET both
 * hold, as supplier-service checks) and each new, counted up from a start in a range no real
 * company uses; give each test class its own start.
 */
final class FreshSirets {

    private long next;

    FreshSirets(long start) {
        this.next = start;
    }

    String next() {
        while (true) {
            String candidate = Long.toString(next++);
            if (luhn(candidate.substring(0, 9)) && luhn(candidate)) {
                return candidate;
            }
        }
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
