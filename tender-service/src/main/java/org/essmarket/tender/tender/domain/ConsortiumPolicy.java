package org.essmarket.tender.tender.domain;

/**
 * What the buyer forbids about groupements (R2142-21): bidding both alone and as a member of a
 * groupement, and being a member of several groupements. Both allowed by default.
 */
public record ConsortiumPolicy(boolean forbidAloneAndInGroupement, boolean forbidSeveralGroupements) {

    public static final ConsortiumPolicy ALLOW_ALL = new ConsortiumPolicy(false, false);
}
