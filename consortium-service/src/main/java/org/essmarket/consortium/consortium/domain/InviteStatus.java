package org.essmarket.consortium.consortium.domain;

/** Where a supplier stands with the groupement: invited, in it (ACCEPTED), said no, or gone. */
public enum InviteStatus {
    INVITED, ACCEPTED, DECLINED, LEFT;

    /** Its users see the workspace: they are in the groupement or asked to join it. */
    public boolean isConcerned() {
        return this == INVITED || this == ACCEPTED;
    }
}
