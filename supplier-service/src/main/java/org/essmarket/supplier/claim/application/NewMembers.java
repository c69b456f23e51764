package org.essmarket.supplier.claim.application;

import java.time.Clock;

import org.essmarket.supplier.supplier.application.DirectoryExceptions.StaleVersion;
import org.essmarket.supplier.supplier.application.DirectoryExceptions.SupplierNotFound;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** How an approved claim or an accepted invitation makes a user a member of the structure and a supplier. */
@Component
public class NewMembers {

    /** Writes of the new member, each on a fresh read, before the caller is asked to try again. */
    private static final int MEMBER_ATTEMPTS = 3;

    private final SupplierStore suppliers;
    private final RoleGrants roles;
    private final Clock clock;

    NewMembers(SupplierStore suppliers, RoleGrants roles, Clock clock) {
        this.suppliers = suppliers;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * Makes the user a member of the structure, then a supplier. Run again after a failure (the role
     * grant's), it finds the member already there and grants the role.
     */
    public void join(String supplierId, String userId, String actor) {
        for (int attempt = 1; ; attempt++) {
            Supplier supplier = suppliers.findById(supplierId).orElseThrow(() -> new SupplierNotFound(supplierId));
            if (supplier.isMember(userId)) {
                break;
            }
            supplier.addMember(userId, actor, clock.instant());
            try {
                suppliers.save(supplier);
                break;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == MEMBER_ATTEMPTS) {
                    throw new StaleVersion(supplierId);
                }
            }
        }
        roles.grantSupplierRole(userId);
    }
}
