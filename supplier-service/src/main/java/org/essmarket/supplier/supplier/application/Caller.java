package org.essmarket.supplier.supplier.application;

import java.util.Set;

/** Who is asking: a Keycloak subject (null when anonymous) and its realm roles. */
public record Caller(String userId, Set<String> roles) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of());

    public boolean isSignedIn() {
        return userId != null;
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean isSupplier() {
        return roles.contains("supplier");
    }
}
