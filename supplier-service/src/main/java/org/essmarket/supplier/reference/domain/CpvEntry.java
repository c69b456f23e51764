package org.essmarket.supplier.reference.domain;

import java.util.Objects;

/**
 * An entry of the CPV 2008 main vocabulary.
 *
 * @param code       the 8 digits, without check digit ({@code 90910000})
 * @param checkDigit the official check digit ({@code 9})
 * @param labelFr    the French label ({@code Services de nettoyage})
 * @param labelEn    the English label ({@code Cleaning services})
 */
public record CpvEntry(String code, String checkDigit, String labelFr, String labelEn) {

    public CpvEntry {
        if (!Inputs.isDigits(code, CpvCode.LENGTH, CpvCode.LENGTH)) {
            throw new IllegalArgumentException("Not an 8-digit CPV code: " + code);
        }
        if (!Inputs.isDigits(checkDigit, 1, 1)) {
            throw new IllegalArgumentException("Not a CPV check digit: " + checkDigit);
        }
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(labelEn, "labelEn");
    }

    /** The official form, with the check digit: {@code 90910000-9}. */
    public String officialCode() {
        return code + '-' + checkDigit;
    }

    public CpvCode cpvCode() {
        return new CpvCode(code);
    }
}
