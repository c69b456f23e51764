package org.essmarket.supplier.supplier.domain;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ESS structure in the directory: its identity (SIRET), the profile its members keep up to
 * date, its status as checked by facilitators, its members, and the audit trail of all of it.
 */
public final class Supplier {

    private final String id;
    private final Siret siret;
    private final SupplierOrigin origin;
    private final Instant registeredAt;
    private final Long version;
    private final List<String> memberIds;
    private final List<AuditEntry> audit;
    private SupplierProfile profile;
    private SupplierStatus status;
    private String statusReason;
    private String mergedInto;
    private VerifiedFacts verifiedFacts;

    private Supplier(String id, Siret siret, SupplierOrigin origin, Instant registeredAt, Long version,
            SupplierProfile profile, SupplierStatus status, String statusReason, String mergedInto,
            VerifiedFacts verifiedFacts, List<String> memberIds, List<AuditEntry> audit) {
        this.id = Objects.requireNonNull(id);
        this.siret = Objects.requireNonNull(siret);
        this.origin = origin;
        this.registeredAt = registeredAt;
        this.version = version;
        this.profile = profile;
        this.status = status;
        this.statusReason = statusReason;
        this.mergedInto = mergedInto;
        this.verifiedFacts = verifiedFacts;
        this.memberIds = new ArrayList<>(memberIds);
        this.audit = new ArrayList<>(audit);
    }

    /** A structure registered by one of its people, who becomes its first member. It awaits verification. */
    public static Supplier register(String id, Siret siret, SupplierProfile profile, String firstMemberId,
            Instant now) {
        Supplier supplier = new Supplier(id, siret, SupplierOrigin.REGISTERED, now, null, profile,
                SupplierStatus.PENDING, null, null, null, List.of(firstMemberId), List.of());
        supplier.record(now, firstMemberId, "REGISTERED", List.of(), null);
        return supplier;
    }

    /**
     * A structure known from public data, listed as VERIFIED (its state approval is the
     * verification) without members until its people claim it.
     */
    public static Supplier imported(String id, Siret siret, SupplierProfile profile, SupplierOrigin origin,
            String actor, Instant now) {
        Supplier supplier = new Supplier(id, siret, origin, now, null, profile, SupplierStatus.VERIFIED,
                "listed from " + origin, null, VerifiedFacts.of(profile), List.of(), List.of());
        supplier.record(now, actor, "IMPORTED", List.of(), origin.name());
        return supplier;
    }

    /**
     * Rebuilds a stored supplier; {@code version} is the store's optimistic-locking version. A
     * supplier verified before facts were kept apart has its profile as verified facts.
     */
    public static Supplier restore(String id, Siret siret, SupplierOrigin origin, Instant registeredAt, Long version,
            SupplierProfile profile, SupplierStatus status, String statusReason, String mergedInto,
            VerifiedFacts verifiedFacts, List<String> memberIds, List<AuditEntry> audit) {
        VerifiedFacts facts = verifiedFacts == null && status == SupplierStatus.VERIFIED && profile != null
                ? VerifiedFacts.of(profile) : verifiedFacts;
        return new Supplier(id, siret, origin, registeredAt, version, profile, status, statusReason, mergedInto, facts,
                memberIds == null ? List.of() : memberIds, audit == null ? List.of() : audit);
    }

    public boolean isMember(String userId) {
        return memberIds.contains(userId);
    }

    public boolean isPubliclyListed() {
        return status == SupplierStatus.VERIFIED;
    }

    /** Replaces the profile and returns the names of the fields that changed (empty: nothing to save). */
    public List<String> updateProfile(SupplierProfile newProfile, String actor, Instant now) {
        requireNotMerged();
        List<String> changed = changedFields(profile, newProfile);
        if (!changed.isEmpty()) {
            profile = newProfile;
            record(now, actor, "PROFILE_UPDATED", changed, null);
        }
        return changed;
    }

    public void addMember(String userId, String actor, Instant now) {
        requireNotMerged();
        if (memberIds.contains(userId)) {
            throw new DirectoryRuleViolation("userId", userId + " is already a member");
        }
        memberIds.add(userId);
        record(now, actor, "MEMBER_ADDED", List.of("members"), userId);
    }

    /** Removes a member; a member removing itself is leaving. A supplier always keeps one member. */
    public void removeMember(String userId, String actor, Instant now) {
        if (!memberIds.contains(userId)) {
            throw new DirectoryRuleViolation("userId", userId + " is not a member");
        }
        if (memberIds.size() == 1) {
            throw new DirectoryRuleViolation("userId",
                    "the last member cannot leave or be removed: add another member first");
        }
        memberIds.remove(userId);
        record(now, actor, userId.equals(actor) ? "MEMBER_LEFT" : "MEMBER_REMOVED", List.of("members"), userId);
    }

    /**
     * A facilitator verifies the supplier as its profile describes it, or, for a verified supplier
     * whose members changed verified facts since, approves those changes.
     */
    public void verify(String admin, String reason, Instant now) {
        requireNotMerged();
        if (status == SupplierStatus.VERIFIED) {
            List<String> pending = pendingChanges();
            if (pending.isEmpty()) {
                throw new DirectoryRuleViolation("status", "the supplier is already verified");
            }
            verifiedFacts = VerifiedFacts.of(profile);
            record(now, admin, "CHANGES_APPROVED", pending, reason);
            return;
        }
        verifiedFacts = VerifiedFacts.of(profile);
        changeStatus(SupplierStatus.VERIFIED, admin, reason, now);
    }

    /**
     * A facilitator rejects a PENDING supplier, or the changes a verified supplier's members made to
     * verified facts: its profile gets the verified facts back, and it stays verified.
     */
    public void reject(String admin, String reason, Instant now) {
        requireReason(reason);
        List<String> pending = pendingChanges();
        if (!pending.isEmpty()) {
            profile = verifiedFacts.appliedTo(profile);
            record(now, admin, "CHANGES_REJECTED", pending, reason);
            return;
        }
        if (status != SupplierStatus.PENDING) {
            throw new DirectoryRuleViolation("status", "only a PENDING supplier can be rejected; it is " + status);
        }
        changeStatus(SupplierStatus.REJECTED, admin, reason, now);
    }

    public void delist(String admin, String reason, Instant now) {
        requireReason(reason);
        if (status != SupplierStatus.VERIFIED) {
            throw new DirectoryRuleViolation("status", "only a VERIFIED supplier can be delisted; it is " + status);
        }
        changeStatus(SupplierStatus.DELISTED, admin, reason, now);
    }

    /**
     * This supplier is a duplicate of {@code survivor}: its members join the survivor, and it leaves
     * the public directory, pointing to the survivor. Run again for the same survivor (whose write
     * failed after this one's), it hands the members over once more.
     */
    public void mergeInto(Supplier survivor, String admin, String reason, Instant now) {
        requireReason(reason);
        if (survivor.id.equals(id)) {
            throw new DirectoryRuleViolation("into", "a supplier cannot be merged into itself");
        }
        if (survivor.id.equals(mergedInto)) {
            survivor.takeMembersOf(this, admin, reason, now);
            return;
        }
        requireNotMerged();
        survivor.takeMembersOf(this, admin, reason, now);
        mergedInto = survivor.id;
        status = SupplierStatus.DELISTED;
        statusReason = "merged into " + survivor.id + ": " + reason;
        record(now, admin, "MERGED_INTO", List.of("status", "mergedInto"), survivor.id + ": " + reason);
    }

    /** The supplier that stays after a merge takes over the duplicate's members. */
    public void takeMembersOf(Supplier duplicate, String admin, String reason, Instant now) {
        requireNotMerged();
        for (String member : duplicate.memberIds) {
            if (!memberIds.contains(member)) {
                memberIds.add(member);
            }
        }
        record(now, admin, "MERGED_FROM", List.of("members"), duplicate.id + ": " + reason);
    }

    /**
     * The verified facts the members changed since a facilitator checked them: they await the
     * facilitator, and meanwhile the verified ones count (eligibility, public profile).
     */
    public List<String> pendingChanges() {
        return status == SupplierStatus.VERIFIED && verifiedFacts != null ? verifiedFacts.differencesFrom(profile)
                : List.of();
    }

    /** The profile with the verified facts in force: what others rely on (reserved lots, public listing). */
    public SupplierProfile verifiedProfile() {
        return status == SupplierStatus.VERIFIED && verifiedFacts != null ? verifiedFacts.appliedTo(profile) : profile;
    }

    public VerifiedFacts verifiedFacts() {
        return verifiedFacts;
    }

    private void changeStatus(SupplierStatus newStatus, String admin, String reason, Instant now) {
        status = newStatus;
        statusReason = reason;
        record(now, admin, newStatus.name(), List.of("status"), reason);
    }

    private void requireNotMerged() {
        if (mergedInto != null) {
            throw new DirectoryRuleViolation("id", "this supplier was merged into " + mergedInto);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "a reason is required");
        }
    }

    private void record(Instant at, String actor, String action, List<String> fields, String reason) {
        audit.add(new AuditEntry(at, actor, action, fields, reason));
    }

    /** The profile fields whose values differ, by their names in the API. */
    static List<String> changedFields(SupplierProfile before, SupplierProfile after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : SupplierProfile.class.getRecordComponents()) {
            try {
                Object old = before == null ? null : component.getAccessor().invoke(before);
                Object now = component.getAccessor().invoke(after);
                if (!Objects.equals(old, now)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    public String id() {
        return id;
    }

    public Siret siret() {
        return siret;
    }

    public SupplierOrigin origin() {
        return origin;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Long version() {
        return version;
    }

    public SupplierProfile profile() {
        return profile;
    }

    public SupplierStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public String mergedInto() {
        return mergedInto;
    }

    public List<String> memberIds() {
        return List.copyOf(memberIds);
    }

    public List<AuditEntry> audit() {
        return List.copyOf(audit);
    }
}
