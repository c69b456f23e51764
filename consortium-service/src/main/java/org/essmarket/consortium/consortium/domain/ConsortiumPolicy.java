package org.essmarket.consortium.consortium.domain;

/**
 * What the tender's buyer forbids (R2142-21): bidding both alone and in a groupement on a lot, and
 * being a member of several groupements on a lot.
 */
public record ConsortiumPolicy(boolean forbidAloneAndInGroupement, boolean forbidSeveralGroupements) {

    public static final ConsortiumPolicy ALLOW_ALL = new ConsortiumPolicy(false, false);
}
