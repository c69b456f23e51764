package org.essmarket.consortium.consortium.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.essmarket.consortium.consortium.application.ConsortiumExceptions.GroupementNotFound;
import org.essmarket.consortium.consortium.application.ConsortiumExceptions.NotAllowed;
import org.essmarket.consortium.consortium.domain.ChangeRequest;
import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.domain.ConsortiumForm;
import org.essmarket.consortium.consortium.domain.GroupementRules;
import org.essmarket.consortium.consortium.domain.InvalidFieldException;
import org.essmarket.consortium.consortium.domain.MemberRole;
import org.essmarket.consortium.consortium.domain.Participation;
import org.essmarket.consortium.consortium.domain.SupplierFacts;
import org.essmarket.consortium.consortium.persistence.ConsortiumStore;
import org.essmarket.consortium.integration.supplier.SupplierDirectory;
import org.essmarket.consortium.integration.tender.TenderDirectory;
import org.essmarket.consortium.integration.tender.TenderDirectory.TenderFacts;
import org.springframework.stereotype.Service;

/**
 * Forming a groupement (DESIGN.md §3 "Consortium"): a verified supplier's member creates it and
 * leads, invites suppliers, who accept or decline; members leave; the lead edits scopes and shares
 * and hands over the lead. After submission, only a change request the buyer approves changes the
 * composition (R2142-26).
 */
@Service
public class GroupementService {

    private final Groupements groupements;
    private final ConsortiumStore store;
    private final SupplierDirectory suppliers;
    private final TenderDirectory tenders;
    private final Clock clock;

    GroupementService(Groupements groupements, ConsortiumStore store, SupplierDirectory suppliers, TenderDirectory tenders,
            Clock clock) {
        this.groupements = groupements;
        this.store = store;
        this.suppliers = suppliers;
        this.tenders = tenders;
        this.clock = clock;
    }

    /** What the lead says when forming the groupement. */
    public record Formation(String tenderId, List<Integer> lots, ConsortiumForm form, String leadSupplierId,
            Set<Integer> leadLots, String leadWork, BigDecimal leadShare) {
    }

    /** A scope and share for a member: which lots, which work, which % of the value. */
    public record Scope(MemberRole role, Set<Integer> lots, String work, BigDecimal share) {
    }

    public Consortium createGroupement(Caller caller, Formation formation) {
        TenderFacts tender = tenders.tender(formation.tenderId())
                .orElseThrow(() -> new InvalidFieldException("tenderId", "No tender " + formation.tenderId()));
        GroupementRules.requireOpenTender(tender.status(), tender.tender(), clock.instant());
        SupplierFacts lead = supplier(formation.leadSupplierId(), "leadSupplierId");
        if (!lead.userIds().contains(caller.userId())) {
            throw new NotAllowed("You are not a member of supplier " + lead.supplierId());
        }
        String id = UUID.randomUUID().toString();
        GroupementRules.requireSingleMandate(lead.supplierId(), store.ledBy(formation.tenderId(), lead.supplierId(), id));
        Consortium consortium = Consortium.form(id, tender.tender(), tender.lots(), formation.lots(), formation.form(), lead,
                formation.leadLots(), formation.leadWork(), formation.leadShare(), caller.userId(), clock.instant());
        GroupementRules.requireSingleAllegiance(tender.tender().policy(), id, lead.legalName(), consortium.lotNumbers(),
                participations(formation.tenderId(), lead.supplierId(), id));
        if (!store.insertNew(consortium)) {
            GroupementRules.requireSingleMandate(lead.supplierId(), List.of("a groupement formed meanwhile"));
        }
        return store.findById(id).orElseThrow();
    }

    public Consortium inviteMember(Caller caller, String id, long version, String supplierId, Scope scope) {
        SupplierFacts invited = supplier(supplierId, "supplierId");
        return groupements.changeAsLead(caller, id, version,
                consortium -> consortium.invite(invited, scope.role(), scope.lots(), scope.work(), scope.share()));
    }

    /** The invited supplier's member accepts: the supplier is checked again, and against R2142-21. */
    public Consortium acceptInvitation(Caller caller, String id, long version, String supplierId,
            boolean grantHabilitation) {
        Consortium current = groupements.visibleOrInvited(caller, id);
        SupplierFacts supplier = supplier(supplierId, "supplierId");
        List<Participation> elsewhere = participations(current.tender().id(), supplierId, id);
        return groupements.changeAsMember(caller, id, supplierId, version,
                consortium -> consortium.acceptInvitation(supplier, grantHabilitation, elsewhere));
    }

    public Consortium declineInvitation(Caller caller, String id, long version, String supplierId) {
        return groupements.changeAsMember(caller, id, supplierId, version, consortium -> consortium.declineInvitation(supplierId));
    }

    /** The lead takes back an unanswered invitation while forming. */
    public Consortium withdrawInvitation(Caller caller, String id, long version, String supplierId) {
        return groupements.changeAsLead(caller, id, version, consortium -> consortium.withdrawInvitation(supplierId));
    }

    public Consortium grantHabilitation(Caller caller, String id, long version, String supplierId) {
        return groupements.changeAsMember(caller, id, supplierId, version, consortium -> consortium.grantHabilitation(supplierId));
    }

    public Consortium leaveGroupement(Caller caller, String id, long version, String supplierId) {
        return groupements.changeAsMember(caller, id, supplierId, version, consortium -> consortium.leave(supplierId));
    }

    public Consortium changeMember(Caller caller, String id, long version, String supplierId, Scope scope) {
        return groupements.changeAsLead(caller, id, version,
                consortium -> consortium.changeMember(supplierId, scope.role(), scope.lots(), scope.work(), scope.share()));
    }

    public Consortium handOverLead(Caller caller, String id, long version, String newLeadSupplierId) {
        return groupements.changeAsLead(caller, id, version, consortium -> consortium.handOverLead(newLeadSupplierId,
                store.ledBy(consortium.tender().id(), newLeadSupplierId, id)));
    }

    /** What the lead asks the buyer (R2142-26). */
    public record ChangeProposal(ChangeRequest.Type type, String reason, String leavingSupplierId,
            Map<String, BigDecimal> newShares) {
    }

    public Consortium requestCompositionChange(Caller caller, String id, long version, ChangeProposal proposal) {
        return groupements.changeAsLead(caller, id, version, consortium -> consortium.requestCompositionChange(
                UUID.randomUUID().toString(), proposal.type(), proposal.reason(), proposal.leavingSupplierId(),
                proposal.newShares(), caller.userId(), clock.instant()));
    }

    /** The change requests of a groupement, for the buyer of its tender (or its members). */
    public Consortium changeRequestsOf(Caller caller, String id) {
        return asBuyerOrMember(caller, id);
    }

    public Consortium decideCompositionChange(Caller caller, String id, long version, String requestId, boolean approve,
            String comment) {
        Consortium consortium = store.findById(id).filter(c -> caller.actsFor(c.tender().buyerSiret()))
                .orElseThrow(() -> new GroupementNotFound(id));
        Groupements.requireVersion(consortium, version);
        consortium.decideCompositionChange(requestId, approve, comment, caller.userId(), clock.instant());
        return groupements.save(consortium);
    }

    private Consortium asBuyerOrMember(Caller caller, String id) {
        return store.findById(id)
                .filter(c -> c.isVisibleTo(caller.actingFor())
                        || (caller.actsFor(c.tender().buyerSiret()) && c.status().isFrozen()))
                .orElseThrow(() -> new GroupementNotFound(id));
    }

    private SupplierFacts supplier(String supplierId, String field) {
        if (supplierId == null || supplierId.isBlank()) {
            throw new InvalidFieldException(field, "Name the supplier");
        }
        return suppliers.supplier(supplierId).orElseThrow(() -> new InvalidFieldException(field, "No supplier " + supplierId));
    }

    /** A supplier's other bids and groupements on the tender, for R2142-21. */
    private List<Participation> participations(String tenderId, String supplierId, String consortiumId) {
        List<Participation> elsewhere = new ArrayList<>(tenders.participations(tenderId, supplierId));
        store.joinedBy(tenderId, supplierId, consortiumId)
                .forEach(other -> elsewhere.add(new Participation(other.id(), other.lotNumbers())));
        return elsewhere;
    }
}
