package org.essmarket.tender.bid.domain;

/**
 * A bid the rules refuse, citing the rule (an article of the code de la commande publique, or the
 * tender's own terms) so the bidder knows what to change.
 */
public class BidRuleViolation extends RuntimeException {

    private final String rule;

    public BidRuleViolation(String rule, String message) {
        super(message + " (" + rule + ")");
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
