package org.essmarket.platform.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The realm roles of a signed-in user ({@code buyer}, {@code supplier}, ...), as use cases check them. */
public final class RealmRoles {

    private RealmRoles() {
    }

    public static Set<String> of(Authentication user) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
