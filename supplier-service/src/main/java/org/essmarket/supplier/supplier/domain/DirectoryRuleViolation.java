package org.essmarket.supplier.supplier.domain;

/** An operation the directory's rules forbid in the supplier's current state (e.g. removing the last member). */
public class DirectoryRuleViolation extends RuntimeException {

    private final String field;

    public DirectoryRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
