package org.essmarket.tender.tender.domain;

/** An operation the lifecycle forbids in the tender's current state; the message names the state. */
public class TenderRuleViolation extends RuntimeException {

    private final TenderStatus status;

    public TenderRuleViolation(TenderStatus status, String message) {
        super(message);
        this.status = status;
    }

    public TenderStatus status() {
        return status;
    }
}
