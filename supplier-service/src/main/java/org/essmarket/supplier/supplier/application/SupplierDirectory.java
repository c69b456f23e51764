package org.essmarket.supplier.supplier.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.essmarket.supplier.supplier.application.DirectoryExceptions.AlreadyRegistered;
import org.essmarket.supplier.supplier.application.DirectoryExceptions.NotAllowed;
import org.essmarket.supplier.supplier.application.DirectoryExceptions.StaleVersion;
import org.essmarket.supplier.supplier.application.DirectoryExceptions.SupplierNotFound;
import org.essmarket.supplier.supplier.domain.AuditEntry;
import org.essmarket.supplier.supplier.domain.ProfileRules;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.essmarket.supplier.supplier.domain.SupplierStatus;
import org.essmarket.supplier.supplier.domain.SupplierFilter;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The supplier directory's use cases. Each checks who may do what on which supplier: members
 * keep their profile and membership up to date, facilitators (admins) verify, reject, delist and
 * merge, everyone reads what is public.
 */
@Service
public class SupplierDirectory {

    /** Writes of a merge's survivor, each on a fresh read, before the admin is asked to run the merge again. */
    private static final int SURVIVOR_ATTEMPTS = 3;

    private final SupplierStore suppliers;
    private final ProfileRules rules;
    private final Clock clock;

    public SupplierDirectory(SupplierStore suppliers, ProfileRules rules, Clock clock) {
        this.suppliers = suppliers;
        this.rules = rules;
        this.clock = clock;
    }

    /** A supplier user registers its structure and becomes its first member; it awaits verification. */
    public Supplier registerSupplier(Caller caller, String siret, SupplierProfile profile) {
        if (!caller.isSupplier()) {
            throw new NotAllowed("only supplier accounts register structures");
        }
        Siret checkedSiret = Siret.of(siret == null ? "" : siret, "siret");
        suppliers.findBySiret(checkedSiret.value()).ifPresent(existing -> {
            throw new AlreadyRegistered(checkedSiret.value(), existing.id());
        });
        Supplier supplier = Supplier.register(UUID.randomUUID().toString(), checkedSiret, rules.check(profile),
                caller.userId(), clock.instant());
        try {
            return suppliers.save(supplier);
        } catch (DuplicateKeyException raceWithAnotherRegistration) {
            String existingId = suppliers.findBySiret(checkedSiret.value()).map(Supplier::id).orElse("unknown");
            throw new AlreadyRegistered(checkedSiret.value(), existingId);
        }
    }

    public SupplierView findSupplier(Caller caller, String id) {
        return SupplierView.of(load(id), caller);
    }

    /**
     * A supplier as another service of the marketplace needs it to check a bid or a groupement
     * (its status, kinds, department and members), whatever its status; service accounts only.
     */
    public Supplier findSupplierForPartnerService(String id) {
        return load(id);
    }

    /** The suppliers a user acts for now: tender- and consortium-service authorise by them, never by a copy. */
    public List<String> suppliersActedForBy(String userId) {
        return suppliers.idsByMember(userId);
    }

    /** The public directory; facilitators may also list suppliers in any status. */
    public Page<SupplierView> listSuppliers(Caller caller, SupplierFilter filter, Pageable page) {
        Set<SupplierStatus> statuses = filter.statuses();
        if (!caller.isAdmin()) {
            if (statuses != null && !statuses.isEmpty() && !statuses.equals(Set.of(SupplierStatus.VERIFIED))) {
                throw new NotAllowed("only facilitators list suppliers that are not verified");
            }
            statuses = Set.of(SupplierStatus.VERIFIED);
        }
        SupplierFilter effective = new SupplierFilter(filter.kind(), filter.departmentCode(), filter.regionCode(),
                filter.cpvPrefix(), statuses, filter.siret());
        return suppliers.search(effective, page).map(supplier -> SupplierView.of(supplier, caller));
    }

    /** The structures the caller acts for, whatever their status. */
    public Page<SupplierView> listMySuppliers(Caller caller, Pageable page) {
        return suppliers.findByMember(caller.userId(), page)
                .map(supplier -> new SupplierView(supplier, SupplierView.Visibility.MEMBER));
    }

    public Supplier updateProfile(Caller caller, String id, long expectedVersion, SupplierProfile profile) {
        return changeAsMember(caller, id, expectedVersion,
                supplier -> supplier.updateProfile(rules.check(profile), caller.userId(), clock.instant()));
    }

    public Supplier addMember(Caller caller, String id, Long expectedVersion, String userId) {
        return changeAsMember(caller, id, expectedVersion,
                supplier -> supplier.addMember(userId, caller.userId(), clock.instant()));
    }

    /** A member removes another member, or itself (leaving); the last member stays. */
    public Supplier removeMember(Caller caller, String id, Long expectedVersion, String userId) {
        return changeAsMember(caller, id, expectedVersion,
                supplier -> supplier.removeMember(userId, caller.userId(), clock.instant()));
    }

    public Supplier verifySupplier(Caller caller, String id, String reason) {
        return changeAsAdmin(caller, id, supplier -> supplier.verify(caller.userId(), reason, clock.instant()));
    }

    public Supplier rejectSupplier(Caller caller, String id, String reason) {
        return changeAsAdmin(caller, id, supplier -> supplier.reject(caller.userId(), reason, clock.instant()));
    }

    public Supplier delistSupplier(Caller caller, String id, String reason) {
        return changeAsAdmin(caller, id, supplier -> supplier.delist(caller.userId(), reason, clock.instant()));
    }

    /**
     * Merges a duplicate into the supplier that stays. The duplicate is written first, against the
     * version read: a member removed from it meanwhile, or a second merge of it, makes this merge
     * stale (409) before any survivor has taken its members. The survivor, read again if it changed
     * meanwhile, then takes them over; should that fail, running the merge again finishes it.
     */
    public Supplier mergeSuppliers(Caller caller, String duplicateId, String survivorId, String reason) {
        requireAdmin(caller);
        Supplier duplicate = load(duplicateId);
        Supplier survivor = load(survivorId);
        Instant now = clock.instant();
        duplicate.mergeInto(survivor, caller.userId(), reason, now);
        Supplier merged = save(duplicate);
        for (int attempt = 1; attempt < SURVIVOR_ATTEMPTS; attempt++) {
            try {
                return suppliers.save(survivor);
            } catch (OptimisticLockingFailureException survivorChanged) {
                survivor = load(survivorId);
                survivor.takeMembersOf(merged, caller.userId(), reason, now);
            }
        }
        return save(survivor);
    }

    public List<AuditEntry> auditLog(Caller caller, String id) {
        SupplierView view = findSupplier(caller, id);
        if (view.visibility() != SupplierView.Visibility.MEMBER) {
            throw new NotAllowed("the audit log is for the supplier's members and facilitators");
        }
        return view.supplier().audit();
    }

    private Supplier changeAsMember(Caller caller, String id, Long expectedVersion, Consumer<Supplier> change) {
        Supplier supplier = load(id);
        if (!caller.isSignedIn() || !supplier.isMember(caller.userId())) {
            SupplierView.of(supplier, caller); // 404 when the caller may not even see it
            throw new NotAllowed("only the supplier's members change it");
        }
        if (expectedVersion != null && !expectedVersion.equals(supplier.version())) {
            throw new StaleVersion(id);
        }
        change.accept(supplier);
        return save(supplier);
    }

    private Supplier changeAsAdmin(Caller caller, String id, Consumer<Supplier> change) {
        requireAdmin(caller);
        Supplier supplier = load(id);
        change.accept(supplier);
        return save(supplier);
    }

    private Supplier save(Supplier supplier) {
        try {
            return suppliers.save(supplier);
        } catch (OptimisticLockingFailureException concurrentChange) {
            throw new StaleVersion(supplier.id());
        }
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new NotAllowed("only facilitators (admins) do this");
        }
    }

    private Supplier load(String id) {
        return suppliers.findById(id).orElseThrow(() -> new SupplierNotFound(id));
    }
}
