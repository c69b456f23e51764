package org.essmarket.tender.bid.domain;

import java.math.BigDecimal;

/** The price a bid offers for one lot, in euros excluding VAT. */
public record LotOffer(int lotNumber, BigDecimal amount) {
}
