package org.essmarket.consortium.consortium.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A groupement (DESIGN.md §3): suppliers bidding together for lots of one tender, led by their
 * mandataire. Its members are invited by the lead, accept or decline, leave; the lead edits their
 * scope and shares, hands over the lead, then submits the joint bid. From submission the composition
 * is frozen (R2142-26) except through a change request the buyer approves. Every change that
 * concerns someone leaves a {@link Notice} in the groupement's outbox.
 */
public class Consortium {

    private static final int MAX_MEMBERS = 30;

    private final String id;
    private final TargetedTender tender;
    private final List<TargetLot> lots;
    private final ConsortiumForm form;
    private final String createdBy;
    private final Instant createdAt;
    private final Long version;
    private final List<Member> members;
    private final List<ChangeRequest> changeRequests;
    private final List<Notice> notices;
    private final List<String> leaversToTell;
    private ConsortiumStatus status;
    private Submission submission;
    private long noticeSequence;

    private Consortium(String id, TargetedTender tender, List<TargetLot> lots, ConsortiumForm form, String createdBy,
            Instant createdAt, Long version, List<Member> members, List<ChangeRequest> changeRequests,
            List<Notice> notices, ConsortiumStatus status, Submission submission, long noticeSequence,
            List<String> leaversToTell) {
        this.id = Objects.requireNonNull(id, "id");
        this.tender = Objects.requireNonNull(tender, "tender");
        this.lots = List.copyOf(lots);
        this.form = form;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
        this.members = new ArrayList<>(members);
        this.changeRequests = new ArrayList<>(changeRequests == null ? List.of() : changeRequests);
        this.notices = new ArrayList<>(notices == null ? List.of() : notices);
        this.leaversToTell = new ArrayList<>(leaversToTell == null ? List.of() : leaversToTell);
        this.status = Objects.requireNonNull(status, "status");
        this.submission = submission;
        this.noticeSequence = noticeSequence;
    }

    /**
     * A verified supplier forms a groupement for lots of a tender and becomes its mandataire; it
     * performs the lots it names ({@code leadLots}, all the targeted ones by default).
     */
    public static Consortium form(String id, TargetedTender tender, List<TargetLot> tenderLots, List<Integer> lotNumbers,
            ConsortiumForm form, SupplierFacts lead, Set<Integer> leadLots, String leadWork, BigDecimal leadShare,
            String createdBy, Instant now) {
        if (form == null) {
            throw new InvalidFieldException("form", "Choose the form: CONJOINT, SOLIDAIRE or CONJOINT_WITH_JOINTLY_LIABLE_LEAD");
        }
        List<TargetLot> targets = targets(tenderLots, lotNumbers);
        GroupementRules.requireVerified(lead);
        Set<Integer> performed = leadLots == null || leadLots.isEmpty()
                ? new TreeSet<>(targets.stream().map(TargetLot::number).toList()) : leadLots;
        GroupementRules.requireWithinTargets(targets, performed, "leadLots");
        GroupementRules.requireValidShare(leadShare, "leadShare");
        Member mandataire = new Member(lead.supplierId(), lead.legalName(), lead.kinds(), lead.userIds(), MemberRole.LEAD,
                performed, leadWork, leadShare, InviteStatus.ACCEPTED, true);
        GroupementRules.requireEligible(targets, mandataire);
        return new Consortium(id, tender, targets, form, createdBy, now, null, List.of(mandataire), List.of(), List.of(),
                ConsortiumStatus.FORMING, null, 0, List.of());
    }

    public static Consortium restore(String id, TargetedTender tender, List<TargetLot> lots, ConsortiumForm form,
            String createdBy, Instant createdAt, Long version, List<Member> members, List<ChangeRequest> changeRequests,
            List<Notice> notices, ConsortiumStatus status, Submission submission, long noticeSequence,
            List<String> leaversToTell) {
        return new Consortium(id, tender, lots, form, createdBy, createdAt, version, members, changeRequests, notices,
                status, submission, noticeSequence, leaversToTell);
    }

    private static List<TargetLot> targets(List<TargetLot> tenderLots, List<Integer> lotNumbers) {
        if (lotNumbers == null || lotNumbers.isEmpty()) {
            throw new InvalidFieldException("lots", "Name the lots the groupement bids for");
        }
        List<TargetLot> targets = new ArrayList<>();
        for (Integer number : new LinkedHashSet<>(lotNumbers)) {
            targets.add(tenderLots.stream().filter(lot -> Objects.equals(lot.number(), number)).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("lots", "The tender has no lot " + number)));
        }
        if (targets.size() != lotNumbers.size()) {
            throw new InvalidFieldException("lots", "A lot is named twice");
        }
        return targets;
    }

    // ---- forming the groupement ------------------------------------------------------------------

    /** The lead invites a verified supplier as a member or subcontractor, with its scope and share. */
    public void invite(SupplierFacts supplier, MemberRole role, Set<Integer> memberLots, String work, BigDecimal share) {
        requireForming();
        GroupementRules.requireVerified(supplier);
        if (role == null || role == MemberRole.LEAD) {
            throw new InvalidFieldException("role", "Invite as MEMBER or SUBCONTRACTOR; the lead is handed over, not invited");
        }
        Optional<Member> earlier = member(supplier.supplierId());
        if (earlier.isPresent() && earlier.get().status().isConcerned()) {
            throw new ConsortiumRuleViolation("membership", supplier.legalName() + " is already "
                    + earlier.get().status() + " in this groupement");
        }
        if (members.stream().filter(m -> m.status().isConcerned()).count() >= MAX_MEMBERS) {
            throw new ConsortiumRuleViolation("membership", "A groupement has at most " + MAX_MEMBERS + " members");
        }
        Member invited = new Member(supplier.supplierId(), supplier.legalName(), supplier.kinds(), supplier.userIds(), role,
                memberLots, work, share, InviteStatus.INVITED, false);
        checkScope(invited);
        requireSharesWithinHundred(invited);
        earlier.ifPresent(members::remove);
        members.add(invited);
        notify(List.of(invited), Notice.INVITATION, lead().legalName() + " vous invite dans son groupement pour « "
                + tender.title() + " »");
    }

    /**
     * The invited supplier accepts, checked again as supplier-service describes it now and, where the
     * buyer forbids it, against its other bids and groupements on the tender (R2142-21).
     */
    public void acceptInvitation(SupplierFacts supplier, boolean grantHabilitation, List<Participation> elsewhere) {
        Member invited = pendingInvitation(supplier.supplierId());
        GroupementRules.requireVerified(supplier);
        Member refreshed = invited.refreshedFrom(supplier);
        GroupementRules.requireEligible(lots, refreshed);
        GroupementRules.requireSingleAllegiance(tender.policy(), id, refreshed.legalName(), lotNumbers(), elsewhere);
        replace(invited, refreshed.withStatus(InviteStatus.ACCEPTED, grantHabilitation));
        notify(others(refreshed.supplierId()), Notice.CHANGE, refreshed.legalName() + " rejoint le groupement");
    }

    public void declineInvitation(String supplierId) {
        Member invited = pendingInvitation(supplierId);
        replace(invited, invited.withStatus(InviteStatus.DECLINED, false).withShare(null));
        notify(List.of(lead()), Notice.CHANGE, invited.legalName() + " décline l'invitation au groupement");
    }

    /** The lead takes back an invitation not yet answered, while the groupement is forming. */
    public void withdrawInvitation(String supplierId) {
        Member invited = pendingInvitation(supplierId);
        members.remove(invited);
        notify(List.of(invited), Notice.CHANGE, lead().legalName() + " retire son invitation au groupement pour « "
                + tender.title() + " »");
    }

    private Member pendingInvitation(String supplierId) {
        requireForming();
        return member(supplierId).filter(m -> m.status() == InviteStatus.INVITED)
                .orElseThrow(() -> new ConsortiumRuleViolation("invitation",
                        "Supplier " + supplierId + " has no pending invitation to this groupement"));
    }

    /** A member gives the mandataire its habilitation to sign the joint bid on its behalf. */
    public void grantHabilitation(String supplierId) {
        requireForming();
        Member member = member(supplierId).filter(Member::isAccepted)
                .orElseThrow(() -> new ConsortiumRuleViolation("membership", "Only an accepted member grants its habilitation"));
        replace(member, member.withStatus(InviteStatus.ACCEPTED, true));
    }

    /** A member (not the mandataire, who hands over first) leaves before submission. */
    public void leave(String supplierId) {
        requireForming();
        Member member = member(supplierId).filter(m -> m.status().isConcerned())
                .orElseThrow(() -> new ConsortiumRuleViolation("membership", "Supplier " + supplierId + " is not in this groupement"));
        if (member.role() == MemberRole.LEAD) {
            throw new ConsortiumRuleViolation("mandataire", "The mandataire hands over the lead before leaving");
        }
        replace(member, member.withStatus(InviteStatus.LEFT, false).withShare(null));
        notify(others(supplierId), Notice.CHANGE, member.legalName() + " quitte le groupement");
    }

    /** The lead changes a member's role, scope or share (its own too). */
    public void changeMember(String supplierId, MemberRole role, Set<Integer> memberLots, String work, BigDecimal share) {
        requireForming();
        Member member = member(supplierId).filter(m -> m.status().isConcerned())
                .orElseThrow(() -> new ConsortiumRuleViolation("membership", "Supplier " + supplierId + " is not in this groupement"));
        MemberRole newRole = role == null ? member.role() : role;
        if ((newRole == MemberRole.LEAD) != (member.role() == MemberRole.LEAD)) {
            throw new InvalidFieldException("role", "The lead changes only by handing it over");
        }
        Member changed = member.withScope(newRole, memberLots == null ? member.lots() : memberLots,
                work == null ? member.work() : work, share);
        checkScope(changed);
        requireSharesWithinHundred(changed);
        replace(member, changed);
        notify(others(lead().supplierId()), Notice.CHANGE, "Le mandataire modifie la répartition du groupement");
    }

    /**
     * The lead hands the mandate over to an accepted cotraitant, which must not lead another
     * groupement for the tender (R2142-23). Habilitations were given to the previous mandataire: every
     * member grants them again.
     */
    public void handOverLead(String newLeadSupplierId, Collection<String> groupementsItLeads) {
        requireForming();
        Member successor = member(newLeadSupplierId).filter(Member::isAccepted)
                .orElseThrow(() -> new InvalidFieldException("supplierId", "The lead goes to an accepted member"));
        if (successor.role() != MemberRole.MEMBER) {
            throw new InvalidFieldException("supplierId", "A subcontractor cannot be mandataire");
        }
        GroupementRules.requireSingleMandate(newLeadSupplierId, groupementsItLeads);
        Member previous = lead();
        replace(previous, previous.withRole(MemberRole.MEMBER));
        replace(successor, successor.withRole(MemberRole.LEAD).withStatus(InviteStatus.ACCEPTED, true));
        notify(others(null), Notice.CHANGE, successor.legalName() + " devient mandataire du groupement : "
                + "chaque membre lui donne son habilitation");
    }

    // ---- the joint bid ----------------------------------------------------------------------------

    /**
     * The lead submits the joint bid: the groupement must be complete (accepted shares total 100 %,
     * every lot performed, eligible members, habilitations given). It freezes the composition and
     * opens a new submission attempt with its own idempotency key.
     */
    public Submission submitJointBid(List<LotOffer> offers, Instant now) {
        requireForming();
        if (tender.isDeadlinePassed(now)) {
            throw new ConsortiumRuleViolation("deadline", "The tender's deadline " + tender.deadline() + " has passed");
        }
        requireReadyToBid();
        checkOffers(offers);
        int attempt = submission == null ? 1 : submission.attempt() + 1;
        submission = new Submission(attempt, id + "-" + attempt, offers, now, null, null, null);
        status = ConsortiumStatus.SUBMITTING;
        return submission;
    }

    /** tender-service recorded the bid. */
    public void bidRecorded(String bidId) {
        requireSubmitting();
        submission = submission.recorded(bidId);
        status = ConsortiumStatus.SUBMITTED;
        notify(accepted(), Notice.CHANGE, "L'offre du groupement pour « " + tender.title() + " » est déposée");
    }

    /**
     * tender-service refused the bid: no bid stands under the attempt's key. Before the deadline the
     * groupement is FORMING again, the reason shown to the lead; after it no new attempt can be made,
     * so the groupement expires and its members are told.
     */
    public void bidRefused(String rule, String message, Instant now) {
        requireSubmitting();
        submission = submission.refused(rule, message);
        if (tender.isDeadlinePassed(now)) {
            status = ConsortiumStatus.EXPIRED;
            notify(accepted(), Notice.CHANGE, "L'offre du groupement pour « " + tender.title()
                    + " » n'a pas pu être déposée avant la date limite");
            return;
        }
        status = ConsortiumStatus.FORMING;
        notify(List.of(lead()), Notice.CHANGE, "L'offre du groupement est refusée : " + message);
    }

    // ---- after submission: R2142-26 ---------------------------------------------------------------

    /** The lead asks the buyer to let a member go (restructuring or incapacity), the others taking over. */
    public ChangeRequest requestCompositionChange(String requestId, ChangeRequest.Type type, String reason,
            String leavingSupplierId, Map<String, BigDecimal> newShares, String requestedBy, Instant now) {
        if (status != ConsortiumStatus.SUBMITTED) {
            throw new ConsortiumRuleViolation("R2142-26", "A change request concerns a submitted groupement; this one is "
                    + status + (status == ConsortiumStatus.FORMING ? ": change the composition directly" : ""));
        }
        if (type == null) {
            throw new InvalidFieldException("type", "Say why: RESTRUCTURING or INCAPACITY");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "Explain the restructuring or the incapacity to the buyer");
        }
        if (changeRequests.stream().anyMatch(r -> r.status() == ChangeRequest.Status.PENDING)) {
            throw new ConsortiumRuleViolation("R2142-26", "A change request already awaits the buyer's decision");
        }
        Member leaving = member(leavingSupplierId).filter(Member::isAccepted)
                .orElseThrow(() -> new InvalidFieldException("leavingSupplierId", "Name an accepted member"));
        if (leaving.role() == MemberRole.LEAD) {
            throw new InvalidFieldException("leavingSupplierId", "The mandataire signed the bid and cannot leave it");
        }
        List<Member> remaining = accepted().stream().filter(m -> !m.supplierId().equals(leavingSupplierId))
                .map(m -> m.withShare(newShares == null ? null : newShares.get(m.supplierId()))).toList();
        if (newShares == null || !newShares.keySet().equals(supplierIds(remaining))) {
            throw new InvalidFieldException("newShares", "Give the new share of each remaining member: " + supplierIds(remaining));
        }
        newShares.forEach((supplier, share) -> GroupementRules.requireValidShare(share, "newShares." + supplier));
        requireSharesTotalHundred(remaining);
        requireLotsCovered(remaining);
        ChangeRequest request = new ChangeRequest(requestId, type, reason, leavingSupplierId, newShares,
                ChangeRequest.Status.PENDING, requestedBy, now, null, null, null);
        changeRequests.add(request);
        notify(others(lead().supplierId()), Notice.CHANGE, "Le mandataire demande à l'acheteur le retrait de "
                + leaving.legalName() + " (" + type + ")");
        return request;
    }

    /**
     * The tender's buyer approves (the member leaves, the new shares apply) or refuses a change request.
     * A member that leaves waits in {@link #leaversToTell()} until tender-service takes it off the bid.
     */
    public ChangeRequest decideCompositionChange(String requestId, boolean approve, String comment, String buyerUserId,
            Instant now) {
        ChangeRequest request = changeRequests.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("requestId", "No change request " + requestId));
        if (request.status() != ChangeRequest.Status.PENDING) {
            throw new ConsortiumRuleViolation("R2142-26", "This change request was already " + request.status());
        }
        ChangeRequest decided = request.decided(approve, buyerUserId, comment, now);
        changeRequests.set(changeRequests.indexOf(request), decided);
        if (approve) {
            Member leaving = member(request.leavingSupplierId()).orElseThrow();
            replace(leaving, leaving.withStatus(InviteStatus.LEFT, false).withShare(null));
            leaversToTell.add(leaving.supplierId());
            request.newShares().forEach((supplier, share) -> {
                Member member = member(supplier).orElseThrow();
                replace(member, member.withShare(share));
            });
        }
        notify(accepted(), Notice.CHANGE, "L'acheteur " + (approve ? "accepte" : "refuse")
                + " la modification du groupement (" + request.type() + ")");
        return decided;
    }

    // ---- checks -----------------------------------------------------------------------------------

    private void requireForming() {
        if (status == ConsortiumStatus.EXPIRED) {
            throw new ConsortiumRuleViolation("groupement status", "The groupement expired with the tender's deadline");
        }
        if (status.isFrozen()) {
            throw new ConsortiumRuleViolation("R2142-26", "The composition is frozen from the submission of the bid until "
                    + "its award; only a change request (RESTRUCTURING or INCAPACITY) approved by the buyer changes it");
        }
    }

    private void requireSubmitting() {
        if (status != ConsortiumStatus.SUBMITTING) {
            throw new IllegalStateException("Groupement " + id + " is " + status + ", not SUBMITTING");
        }
    }

    private void checkScope(Member member) {
        GroupementRules.requireWithinTargets(lots, member.lots(), "lots");
        GroupementRules.requireValidShare(member.share(), "share");
        GroupementRules.requireEligible(lots, member);
    }

    /** The shares of the suppliers in or invited to the groupement, with this one's new share, stay within 100 %. */
    private void requireSharesWithinHundred(Member changed) {
        List<Member> sharing = new ArrayList<>(members.stream()
                .filter(m -> m.status().isConcerned() && !m.supplierId().equals(changed.supplierId())).toList());
        sharing.add(changed);
        BigDecimal total = GroupementRules.total(sharing);
        if (GroupementRules.exceedsHundred(total)) {
            throw new InvalidFieldException("share", "The members' shares would total "
                    + total.stripTrailingZeros().toPlainString() + " %: at most 100 %");
        }
    }

    /** What the joint bid needs, each failure naming what is missing. */
    private void requireReadyToBid() {
        List<Member> accepted = accepted();
        if (accepted.size() < 2) {
            throw new ConsortiumRuleViolation("composition", "A groupement bids with its mandataire and at least one "
                    + "other accepted member");
        }
        requireSharesTotalHundred(accepted);
        requireLotsCovered(accepted);
        accepted.forEach(member -> GroupementRules.requireEligible(lots, member));
        List<String> withoutHabilitation = accepted.stream().filter(m -> !m.habilitationGranted()).map(Member::legalName)
                .toList();
        if (!withoutHabilitation.isEmpty()) {
            throw new ConsortiumRuleViolation("habilitation", "The mandataire signs for every member: habilitation "
                    + "missing from " + withoutHabilitation);
        }
    }

    private static void requireSharesTotalHundred(List<Member> bidding) {
        List<String> withoutShare = bidding.stream().filter(m -> m.share() == null).map(Member::legalName).toList();
        if (!withoutShare.isEmpty()) {
            throw new ConsortiumRuleViolation("shares", "No share yet for " + withoutShare);
        }
        BigDecimal total = GroupementRules.total(bidding);
        if (!GroupementRules.isHundred(total)) {
            BigDecimal missing = GroupementRules.missing(total);
            throw new ConsortiumRuleViolation("shares", "The accepted members' shares total "
                    + total.stripTrailingZeros().toPlainString() + " %: " + missing.abs().stripTrailingZeros().toPlainString()
                    + (missing.signum() > 0 ? " % missing" : " % too many"));
        }
    }

    private void requireLotsCovered(List<Member> bidding) {
        List<Integer> uncovered = uncoveredLots(bidding);
        if (!uncovered.isEmpty()) {
            throw new ConsortiumRuleViolation("lot coverage", "No member (cotraitant) performs lot(s) " + uncovered);
        }
    }

    /** The targeted lots that no accepted cotraitant performs (subcontractors do not bid for a lot). */
    public List<Integer> uncoveredLots() {
        return uncoveredLots(accepted());
    }

    private List<Integer> uncoveredLots(List<Member> bidding) {
        return lots.stream().map(TargetLot::number)
                .filter(lot -> bidding.stream().noneMatch(m -> m.role() != MemberRole.SUBCONTRACTOR && m.performs(lot)))
                .toList();
    }

    private void checkOffers(List<LotOffer> offers) {
        if (offers == null || offers.size() != lots.size()
                || !new HashSet<>(offers.stream().map(LotOffer::lotNumber).toList()).equals(lotNumbers())) {
            throw new InvalidFieldException("offers", "Offer one price for each lot of the groupement: " + lotNumbers());
        }
        for (int i = 0; i < offers.size(); i++) {
            if (offers.get(i).amount() == null || offers.get(i).amount().signum() <= 0) {
                throw new InvalidFieldException("offers[" + i + "].amount", "The amount must be a positive number of euros");
            }
        }
    }

    // ---- who is who -------------------------------------------------------------------------------

    public Optional<Member> member(String supplierId) {
        return members.stream().filter(m -> m.supplierId().equals(supplierId)).findFirst();
    }

    public Member lead() {
        return members.stream().filter(m -> m.role() == MemberRole.LEAD && m.isAccepted()).findFirst().orElseThrow();
    }

    public List<Member> accepted() {
        return members.stream().filter(Member::isAccepted).toList();
    }

    /*
     * Who may do what is asked with {@code actingFor}: the suppliers the user is a member of now (as
     * supplier-service says), never the users copied into the members, so that a user removed from a
     * supplier loses its groupements at once.
     */

    /** Users acting for the lead supplier manage the groupement. */
    public boolean isManagedBy(Set<String> actingFor) {
        return actingFor.contains(lead().supplierId());
    }

    /** Users acting for an accepted member see the workspace (amounts, messages, change requests). */
    public boolean isVisibleTo(Set<String> actingFor) {
        return accepted().stream().anyMatch(m -> actingFor.contains(m.supplierId()));
    }

    /** Users acting for a supplier invited and not yet answering see their invitation, nothing more. */
    public boolean isInvitationFor(Set<String> actingFor) {
        return members.stream().anyMatch(m -> m.status() == InviteStatus.INVITED && actingFor.contains(m.supplierId()));
    }

    /**
     * The groupement as a user acting for these suppliers may see it: whole for a member; for anyone
     * else (an invitee, or a supplier that just declined) what it was invited to: the tender, the
     * lots, the lead and its own place, without the other members, the bid or the change requests.
     */
    public Consortium asSeenBy(Set<String> actingFor) {
        if (isVisibleTo(actingFor)) {
            return this;
        }
        List<Member> invitation = members.stream()
                .filter(m -> m.role() == MemberRole.LEAD && m.isAccepted() || actingFor.contains(m.supplierId()))
                .toList();
        return new Consortium(id, tender, lots, form, createdBy, createdAt, version, invitation, List.of(), List.of(),
                status, null, noticeSequence, List.of());
    }

    public Set<Integer> lotNumbers() {
        return new TreeSet<>(lots.stream().map(TargetLot::number).toList());
    }

    private List<Member> others(String supplierId) {
        return members.stream().filter(m -> m.status().isConcerned() && !m.supplierId().equals(supplierId)).toList();
    }

    private static Set<String> supplierIds(List<Member> some) {
        return new HashSet<>(some.stream().map(Member::supplierId).toList());
    }

    private void replace(Member current, Member changed) {
        members.set(members.indexOf(current), changed);
    }

    private void notify(Collection<Member> recipients, String kind, String title) {
        noticeSequence++;
        for (Member member : recipients) {
            for (String user : member.userIds()) {
                notices.add(new Notice("consortium:" + id + ":" + noticeSequence + ":" + user, user, kind, title,
                        "/api/v1/consortia/" + id));
            }
        }
    }

    // ---- state ------------------------------------------------------------------------------------

    public String id() {
        return id;
    }

    public TargetedTender tender() {
        return tender;
    }

    public List<TargetLot> lots() {
        return lots;
    }

    public ConsortiumForm form() {
        return form;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long version() {
        return version;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public List<ChangeRequest> changeRequests() {
        return List.copyOf(changeRequests);
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public ConsortiumStatus status() {
        return status;
    }

    public Submission submission() {
        return submission;
    }

    public long noticeSequence() {
        return noticeSequence;
    }

    /** Members that left the submitted bid through an approved change, not yet taken off it by tender-service. */
    public List<String> leaversToTell() {
        return List.copyOf(leaversToTell);
    }
}
