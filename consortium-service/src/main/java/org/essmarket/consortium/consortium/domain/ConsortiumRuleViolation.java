package org.essmarket.consortium.consortium.domain;

/**
 * What the rules refuse, citing the rule (an article of the code de la commande publique, or the
 * groupement's own requirement) so the members know what to change.
 */
public class ConsortiumRuleViolation extends RuntimeException {

    private final String rule;

    public ConsortiumRuleViolation(String rule, String message) {
        super(message + " (" + rule + ")");
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
