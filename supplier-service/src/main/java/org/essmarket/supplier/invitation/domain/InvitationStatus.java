package org.essmarket.supplier.invitation.domain;

/** Where an invitation stands; EXPIRED is read from the time, never stored. */
public enum InvitationStatus {
    PENDING, ACCEPTED, REVOKED, EXPIRED
}
