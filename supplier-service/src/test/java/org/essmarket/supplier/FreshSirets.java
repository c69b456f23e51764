package org.essmarket.supplier;

import org.essmarket.supplier.supplier.domain.Siret;

/**
 * SIRETs for structures a test adds: valid (Luhn) and each new, counted up from SIREN 990000000,
 * which no real company uses. One counter for all test classes, which share the test MongoDB.
 */
public final class FreshSirets {

    private static long nextCandidate = 99_000_000_000_000L;

    private FreshSirets() {
    }

    public static synchronized String next() {
        String candidate;
        do {
            candidate = Long.toString(nextCandidate++);
        } while (!Siret.isValid(candidate));
        return candidate;
    }
}
