package org.essmarket.consortium.consortium.domain;

import java.math.BigDecimal;

/** The groupement's price for one lot, in euros excluding VAT. */
public record LotOffer(int lotNumber, BigDecimal amount) {
}
