package org.essmarket.supplier.claim.domain;

/**
 * A signed-in user asking to join a structure, as their token says: their Keycloak subject and
 * their email address, which counts as theirs only when Keycloak verified it.
 */
public record Claimant(String userId, String email, boolean emailVerified) {

    /** The address Keycloak proved belongs to the user, or null. */
    public String verifiedEmail() {
        return emailVerified && email != null && !email.isBlank() ? email.trim() : null;
    }
}
