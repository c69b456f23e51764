package org.essmarket.tender.compliance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.essmarket.tender.tender.domain.BuyerType;
import org.essmarket.tender.tender.domain.Nature;
import org.essmarket.tender.tender.domain.ProcurementFacts;

/**
 * The EU thresholds (in € HT) in force from one date to another, as the code's annex publishes them
 * (avis relatif aux seuils de procédure): supplies and services of central government, of the other
 * public authorities, of utilities and for defence or security; works for all.
 */
public record EuThresholds(LocalDate from, LocalDate until, String source, BigDecimal centralGovernment,
        BigDecimal otherAuthorities, BigDecimal utilitiesAndDefence, BigDecimal works) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }

    /** The threshold of a tender's kind, and how the report names it; supplies or services when the nature is unknown. */
    public Threshold of(ProcurementFacts facts, Nature nature) {
        if (nature == Nature.WORKS) {
            return new Threshold(works, "travaux");
        }
        String what = nature == Nature.SUPPLIES ? "fournitures" : nature == Nature.SERVICES ? "services"
                : "fournitures et services";
        if (facts.buyerType() == BuyerType.UTILITY || facts.defenceOrSecurity()) {
            return new Threshold(utilitiesAndDefence, what + " des entités adjudicatrices et marchés de défense ou de sécurité");
        }
        if (facts.buyerType() == BuyerType.CENTRAL_GOVERNMENT) {
            return new Threshold(centralGovernment, what + " des autorités publiques centrales");
        }
        return new Threshold(otherAuthorities, what + " des autres pouvoirs adjudicateurs");
    }

    /** One threshold and what it is the threshold of. */
    public record Threshold(BigDecimal amount, String kind) {
    }
}
