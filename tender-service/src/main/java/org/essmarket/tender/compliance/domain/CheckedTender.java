package org.essmarket.tender.compliance.domain;

import java.time.LocalDate;

import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * A tender's terms as the rules see them, with the day its consultation is launched: the notice's
 * sending date the buyer gave, else the day it was submitted, else today.
 */
public record CheckedTender(TenderTerms terms, LocalDate launch) {
}
