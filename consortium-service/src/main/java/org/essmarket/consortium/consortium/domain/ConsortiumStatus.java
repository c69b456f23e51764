package org.essmarket.consortium.consortium.domain;

/**
 * Where a groupement stands: FORMING (members invited, scope and shares edited), SUBMITTING (the
 * lead submitted the joint bid, tender-service has not confirmed it yet: composition frozen, the
 * submission is retried), SUBMITTED (tender-service recorded the bid), EXPIRED (the deadline passed
 * before tender-service could record it).
 */
public enum ConsortiumStatus {
    FORMING, SUBMITTING, SUBMITTED, EXPIRED;

    /** From submission on, the composition changes only through a change request (R2142-26). */
    public boolean isFrozen() {
        return this != FORMING;
    }
}
