package org.essmarket.supplier.claim.domain;

/** Where a claim stands: awaiting a facilitator, approved (the user is a member), or refused with a reason. */
public enum ClaimStatus {
    PENDING, APPROVED, REJECTED
}
