package org.essmarket.search.matching.domain;

import org.essmarket.search.catalogue.domain.Cpv;

/**
 * When a supplier's CPV code and a tender's concern the same trade. Two codes match when they share
 * their CPV <b>group</b> (first 3 digits): 90910000 (cleaning) matches 90911200 (building cleaning)
 * but not 90511000 (refuse collection), which only shares the division 90 ("sewage, refuse,
 * cleaning and environmental services"): a division is too broad to alert on. A code that is itself
 * only a division (90000000: the supplier does "anything in 90", or the buyer was that vague) matches
 * every code of its division, since it says no more than that.
 */
public final class CpvProximity {

    /** The digits two codes must share, unless one of them is less precise. */
    public static final int GROUP_LENGTH = 3;

    private CpvProximity() {
    }

    public static boolean sameTrade(String supplierCode, String tenderCode) {
        String a = significant(supplierCode);
        String b = significant(tenderCode);
        if (a == null || b == null) {
            return false;
        }
        int level = Math.max(Cpv.DIVISION_LENGTH, Math.min(GROUP_LENGTH, Math.min(a.length(), b.length())));
        return a.length() >= level && b.length() >= level && a.substring(0, level).equals(b.substring(0, level));
    }

    /** The digits that say something ({@code 90900000} → {@code 909}); null when it is not a CPV code. */
    private static String significant(String code) {
        try {
            return Cpv.prefix(code);
        } catch (IllegalArgumentException notACode) {
            return null;
        }
    }
}
