package org.essmarket.consortium.consortium.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A supplier in a groupement: who it is (legal name and kinds as supplier-service said when it was
 * last checked; {@code userIds}, the users acting for it then, told of the groupement's news — who
 * may read or manage it is asked of supplier-service at each request), its role, its scope (lots and work), its
 * share of the value in %, where it stands, and whether it gave the lead its habilitation to sign
 * the bid.
 */
public record Member(String supplierId, String legalName, Set<String> kinds, List<String> userIds, MemberRole role,
        Set<Integer> lots, String work, BigDecimal share, InviteStatus status, boolean habilitationGranted) {

    public Member {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        lots = lots == null ? Set.of() : Set.copyOf(lots);
    }

    public boolean isAccepted() {
        return status == InviteStatus.ACCEPTED;
    }

    public boolean performs(int lotNumber) {
        return lots.contains(lotNumber);
    }

    Member withStatus(InviteStatus newStatus, boolean habilitation) {
        return new Member(supplierId, legalName, kinds, userIds, role, lots, work, share, newStatus, habilitation);
    }

    Member withRole(MemberRole newRole) {
        return new Member(supplierId, legalName, kinds, userIds, newRole, lots, work, share, status, false);
    }

    Member withScope(MemberRole newRole, Set<Integer> newLots, String newWork, BigDecimal newShare) {
        return new Member(supplierId, legalName, kinds, userIds, newRole, newLots, newWork, newShare, status,
                habilitationGranted);
    }

    Member withShare(BigDecimal newShare) {
        return new Member(supplierId, legalName, kinds, userIds, role, lots, work, newShare, status, habilitationGranted);
    }

    /** The supplier as supplier-service describes it now (kinds, acting users). */
    Member refreshedFrom(SupplierFacts supplier) {
        return new Member(supplierId, supplier.legalName(), supplier.kinds(), supplier.userIds(), role, lots, work, share,
                status, habilitationGranted);
    }
}
