package org.essmarket.tender.compliance.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How the report writes amounts for French readers: "216 000 €", "59 999,99 €". */
final class Texts {

    private Texts() {
    }

    static String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        // The JDK groups digits with a narrow no-break space: a plain space reads and searches the same everywhere.
        return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }
}
