package org.essmarket.tender.integration.supplier;

import java.util.List;
import java.util.Set;

/** supplier-service's answer about a supplier taking part in a bid (our own copy of its DTO). */
public record TendererProfile(String id, String siret, String legalName, String status, Set<String> kinds,
        String department, List<String> memberIds) {

    public TendererProfile {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    public boolean isVerified() {
        return "VERIFIED".equals(status);
    }

    public boolean hasMember(String userId) {
        return memberIds.contains(userId);
    }
}
