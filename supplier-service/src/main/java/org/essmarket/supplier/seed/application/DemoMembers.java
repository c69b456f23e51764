package org.essmarket.supplier.seed.application;

import java.time.Clock;

import org.essmarket.platform.web.UseCaseRefusal;
import org.essmarket.supplier.supplier.application.DirectoryExceptions.StaleVersion;
import org.essmarket.supplier.supplier.domain.DirectoryRuleViolation;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierStatus;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Makes a demo user a member of the real imported structure the README says it acts for
 * ({@code ./marketplace up} and Compose's demo data, after the SIAE import). Only VERIFIED
 * structures of the SIAE import: a structure registered by its own people is never joined this way.
 * Idempotent: a user already a member is left as it is.
 */
@Service
public class DemoMembers {

    private static final String ACTOR = "demo-seed";

    /** The structure, and whether the user was added now (false: already a member). */
    public record Outcome(Supplier supplier, boolean added) {
    }

    /** No structure with this SIRET in the directory (404, naming the field). */
    public static class UnknownSiret extends UseCaseRefusal.NotFound {
        public UnknownSiret(String siret) {
            super("No structure with SIRET " + siret + " in the directory: import the SIAE structures first "
                    + "(POST /internal/seed/structures, or ./marketplace seed)");
        }
    }

    private final SupplierStore suppliers;
    private final Clock clock;

    public DemoMembers(SupplierStore suppliers, Clock clock) {
        this.suppliers = suppliers;
        this.clock = clock;
    }

    public Outcome attach(String siret, String userId) {
        Siret checked = Siret.of(siret == null ? "" : siret, "siret");
        if (userId == null || userId.isBlank()) {
            throw new InvalidFieldException("userId", "the Keycloak id (sub) of the demo user is required");
        }
        Supplier supplier = suppliers.findBySiret(checked.value()).orElseThrow(() -> new UnknownSiret(checked.value()));
        if (supplier.origin() != SupplierOrigin.SIAE_IMPORT || supplier.status() != SupplierStatus.VERIFIED) {
            throw new DirectoryRuleViolation("siret", "demo users join only VERIFIED structures of the SIAE import; "
                    + checked.value() + " is " + supplier.origin() + ", " + supplier.status());
        }
        if (supplier.isMember(userId)) {
            return new Outcome(supplier, false);
        }
        supplier.addMember(userId, ACTOR, clock.instant());
        try {
            return new Outcome(suppliers.save(supplier), true);
        } catch (OptimisticLockingFailureException concurrentChange) {
            throw new StaleVersion(supplier.id());
        }
    }
}
