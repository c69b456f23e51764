package org.essmarket.tender.tender.domain;

/** What the contract buys (code de la commande publique, L1111-2 to L1111-4): works, supplies or services. */
public enum Nature {
    WORKS, SUPPLIES, SERVICES;

    /**
     * The nature a CPV code's division says: 45 is construction work, 03 to 44 and 48 (software
     * packages) are products, 50 and above are services; null without a code.
     */
    public static Nature ofCpv(String cpv) {
        if (cpv == null || cpv.length() < 2) {
            return null;
        }
        int division = Integer.parseInt(cpv.substring(0, 2));
        if (division == 45) {
            return WORKS;
        }
        return division < 45 || division == 48 ? SUPPLIES : SERVICES;
    }
}
