package org.essmarket.supplier.reference.domain;

import org.essmarket.supplier.supplier.domain.InvalidFieldException;

/** A parsed CPV input: the code and the check digit, when the caller gave one ({@code null} otherwise). */
record CpvInput(CpvCode code, String checkDigit) {

    static CpvInput parse(String raw, String field) {
        String s = Inputs.stripSpaces(raw);
        if (s == null || s.isEmpty()) {
            throw new InvalidFieldException(field, "A CPV code is required");
        }
        String digits = s;
        String checkDigit = null;
        int dash = s.indexOf('-');
        if (dash >= 0) {
            digits = s.substring(0, dash);
            checkDigit = s.substring(dash + 1);
        }
        if (!Inputs.isDigits(digits, CpvCode.LENGTH, CpvCode.LENGTH)
                || (checkDigit != null && !Inputs.isDigits(checkDigit, 1, 1))) {
            throw new InvalidFieldException(field, Inputs.echo(s)
                    + " is not a CPV code (8 digits expected, optionally followed by a dash and the check digit)");
        }
        return new CpvInput(new CpvCode(digits), checkDigit);
    }
}
