package org.essmarket.tender.bid.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.essmarket.tender.bid.application.BidExceptions.BidNotFound;
import org.essmarket.tender.bid.application.BidExceptions.IdempotencyKeyReused;
import org.essmarket.tender.bid.application.BidExceptions.NotAllowed;
import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidRuleViolation;
import org.essmarket.tender.bid.domain.BidRules;
import org.essmarket.tender.bid.domain.LotOffer;
import org.essmarket.tender.bid.domain.Tenderer;
import org.essmarket.tender.bid.domain.TendererRole;
import org.essmarket.tender.bid.persistence.BidStore;
import org.essmarket.tender.integration.supplier.SupplierDirectory;
import org.essmarket.tender.integration.supplier.TendererProfile;
import org.essmarket.tender.tender.application.Caller;
import org.essmarket.tender.tender.application.TenderExceptions.StaleVersion;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.LotAward;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The bids' use cases (DESIGN.md §3 "Tender"). Suppliers bid alone for a supplier they are a member
 * of; consortium-service bids for a groupement. Bids are sealed: a bidder reads only its own, the
 * buyer reads them once the deadline has passed, then awards each lot. Whom a user acts for is asked
 * of supplier-service at each request, never taken from a copy made at submission.
 */
@Service
public class BidService {

    private final BidStore bids;
    private final TenderService tenderService;
    private final TenderStore tenders;
    private final SupplierDirectory suppliers;
    private final BidRules rules;
    private final Clock clock;

    public BidService(BidStore bids, TenderService tenderService, TenderStore tenders, SupplierDirectory suppliers,
            Clock clock) {
        this.bids = bids;
        this.tenderService = tenderService;
        this.tenders = tenders;
        this.suppliers = suppliers;
        this.rules = new BidRules();
        this.clock = clock;
    }

    /** A submitted bid and whether this request created it (false: a retry of the same submission). */
    public record Submission(Bid bid, boolean created) {
    }

    /**
     * Submits a bid once per Idempotency-Key: a retry (even many in parallel) gets the bid the first
     * request made; the same key with another content is refused.
     */
    public Submission submitBid(Caller caller, String tenderId, BidProposal proposal, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new InvalidFieldException("Idempotency-Key", "Send an Idempotency-Key header (1 to 200 characters) with each new bid");
        }
        String bidId = UUID.nameUUIDFromBytes((caller.userId() + "\n" + tenderId + "\n" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
        String fingerprint = proposal.fingerprint();
        var earlier = bids.findById(bidId);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        Tender tender = tenderService.findTender(caller, tenderId);
        List<Tenderer> tenderers = tenderers(caller, proposal);
        try {
            rules.check(tender, proposal.isJoint(), tenderers, proposal.offers(), bids.activeOnTender(tenderId),
                    clock.instant());
        } catch (BidRuleViolation refused) {
            // A parallel retry of this very submission may have just recorded the bid ("one bid per bidder").
            var recorded = bids.findById(bidId);
            if (recorded.isPresent()) {
                return replay(recorded.get(), fingerprint);
            }
            throw refused;
        }
        Bid bid = Bid.submit(bidId, tenderId, proposal.consortiumId(), tenderers, proposal.offers(), caller.userId(),
                fingerprint, clock.instant());
        if (!bids.insertNew(bid)) {
            // A parallel retry got there first, or another submission of the same bidder did (the store refused it).
            var stored = bids.findById(bidId);
            if (stored.isEmpty()) {
                throw BidRules.alreadyBidding(bid.bidderId(), bid.isJoint());
            }
            return replay(stored.get(), fingerprint);
        }
        return new Submission(bids.findById(bidId).orElseThrow(), true);
    }

    /** The bidder takes its bid back before the deadline. */
    public Bid withdrawBid(Caller caller, String tenderId, String bidId) {
        Set<String> actingFor = actingFor(caller);
        Bid bid = findBid(caller, actingFor, tenderId, bidId);
        requireMayChange(caller, actingFor, bid, "withdraws");
        Tender tender = tenderService.findTender(caller, tenderId);
        bid.withdraw(tender.terms().deadline(), clock.instant());
        try {
            return bids.save(bid);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new StaleVersion(bidId);
        }
    }

    /**
     * consortium-service tells that a member left the groupement through a change the buyer approved
     * (R2142-26): it is no longer a tenderer (nor do its users read the bid). Told again, nothing changes.
     */
    public Bid removeTenderer(Caller caller, String tenderId, String bidId, String supplierId) {
        Bid bid = findBid(caller, Set.of(), tenderId, bidId);
        requireMayChange(caller, Set.of(), bid, "changes the composition of");
        if (!bid.removeTenderer(supplierId)) {
            return bid;
        }
        try {
            return bids.save(bid);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new StaleVersion(bidId);
        }
    }

    /**
     * The bids the caller may read on a tender: the buyer body's buyers (and facilitators) read them
     * all once the deadline has passed, never before; a bidder reads its own.
     */
    public List<Bid> listBids(Caller caller, String tenderId) {
        Tender tender = tenderService.findTender(caller, tenderId);
        if (caller.actsFor(tender.buyerSiret()) || caller.isAdmin()) {
            requireDeadlinePassed(tender);
            return bids.onTender(tenderId);
        }
        Set<String> actingFor = actingFor(caller);
        return actingFor.isEmpty() ? List.of() : bids.involvingAny(tenderId, actingFor);
    }

    /**
     * The competing bids on a tender in which a supplier takes part: consortium-service checks a
     * groupement's members against them early (R2142-21), before the bid itself is checked.
     */
    public List<Bid> bidsInvolving(Caller caller, String tenderId, String supplierId) {
        if (!caller.isService()) {
            throw new NotAllowed("Only the marketplace's services see who bids on a tender");
        }
        tenderService.findTender(caller, tenderId);
        return bids.activeInvolving(tenderId, supplierId);
    }

    /**
     * A bid its bidder may still complete (add documents to): its own, still competing, before the
     * deadline.
     */
    public Bid findBidToComplete(Caller caller, String tenderId, String bidId) {
        Set<String> actingFor = actingFor(caller);
        Bid bid = findBid(caller, actingFor, tenderId, bidId);
        requireMayChange(caller, actingFor, bid, "adds documents to");
        Tender tender = tenderService.findTender(caller, tenderId);
        if (!bid.status().isActive() || !tender.isOpenForBids(clock.instant())) {
            throw new BidRuleViolation("deadline", "Documents are added to a competing bid before the deadline "
                    + tender.terms().deadline() + "; this bid is " + bid.status());
        }
        return bid;
    }

    public Bid findBid(Caller caller, String tenderId, String bidId) {
        return findBid(caller, actingFor(caller), tenderId, bidId);
    }

    private Bid findBid(Caller caller, Set<String> actingFor, String tenderId, String bidId) {
        Tender tender = tenderService.findTender(caller, tenderId);
        Bid bid = bids.findById(bidId).filter(found -> found.tenderId().equals(tenderId))
                .orElseThrow(() -> new BidNotFound(bidId));
        if (bid.isReadableBy(actingFor) || (caller.isService() && bid.submittedBy().equals(caller.userId()))) {
            return bid;
        }
        if ((caller.actsFor(tender.buyerSiret()) || caller.isAdmin()) && tender.isDeadlinePassed(clock.instant())) {
            return bid;
        }
        throw new BidNotFound(bidId);
    }

    /**
     * The buyer awards a lot to one of its bids after the deadline. The bidders are told by the
     * {@link OutcomeNotifier}, from the award recorded on the tender (its outbox).
     */
    public LotAward awardLot(Caller caller, String tenderId, int lotNumber, String bidId) {
        Tender tender = tenderService.findTender(caller, tenderId);
        if (!caller.actsFor(tender.buyerSiret())) {
            throw new NotAllowed("Only buyers of the buyer body " + tender.buyerSiret() + " award its tenders");
        }
        tender.requireAwardable(clock.instant());
        Bid bid = bids.findById(bidId).filter(found -> found.tenderId().equals(tenderId))
                .orElseThrow(() -> new InvalidFieldException("bidId", "Tender " + tenderId + " has no bid " + bidId));
        if (!bid.status().isActive()) {
            throw new BidRuleViolation("bid status", "Bid " + bidId + " is " + bid.status() + " and cannot win a lot");
        }
        LotAward award = tender.awardLot(lotNumber, bid.id(), bid.bidderId(), bid.offerFor(lotNumber).amount(),
                clock.instant());
        try {
            tenders.save(tender);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new StaleVersion(tenderId);
        }
        return award;
    }

    private Submission replay(Bid earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.requestFingerprint())) {
            throw new IdempotencyKeyReused();
        }
        return new Submission(earlier, false);
    }

    private void requireDeadlinePassed(Tender tender) {
        if (!tender.isDeadlinePassed(clock.instant())) {
            throw new TenderRuleViolation(tender.status(),
                    "Bids are sealed until the deadline " + tender.terms().deadline());
        }
    }

    private static void requireMayChange(Caller caller, Set<String> actingFor, Bid bid, String action) {
        if (!bid.mayBeChangedBy(caller.userId(), caller.isService(), actingFor)) {
            throw new NotAllowed(bid.isJoint()
                    ? "Only the groupement's lead " + action + " its bid, through the groupement workspace"
                    : "Only the bidder " + action + " its bid");
        }
    }

    /**
     * The suppliers a supplier's user is a member of now (supplier-service down: 503, nothing shown or
     * changed); other callers act for none, and are not asked about.
     */
    private Set<String> actingFor(Caller caller) {
        return caller.isSupplier() && caller.isSignedIn() ? suppliers.suppliersActedForBy(caller.userId()) : Set.of();
    }

    /** Who bids, as supplier-service knows them now. */
    private List<Tenderer> tenderers(Caller caller, BidProposal proposal) {
        Set<Integer> allLots = new TreeSet<>(proposal.offers().stream().map(LotOffer::lotNumber).toList());
        if (!proposal.isJoint()) {
            if (!caller.isSupplier()) {
                throw new NotAllowed("Suppliers bid alone; groupements bid through their workspace");
            }
            if (proposal.supplierId() == null || proposal.supplierId().isBlank()) {
                throw new InvalidFieldException("supplierId", "Say which supplier bids");
            }
            TendererProfile supplier = verifiedSupplier(proposal.supplierId(), "supplierId");
            if (!supplier.hasMember(caller.userId())) {
                throw new NotAllowed("You are not a member of supplier " + supplier.id());
            }
            return List.of(tenderer(supplier, TendererRole.SOLE, allLots));
        }
        if (!caller.isService()) {
            throw new NotAllowed("A groupement's bid is submitted by its lead through the groupement workspace");
        }
        if (proposal.members().isEmpty()) {
            throw new InvalidFieldException("members", "Name the groupement's members");
        }
        List<Tenderer> tenderers = new ArrayList<>();
        for (int i = 0; i < proposal.members().size(); i++) {
            BidProposal.Member member = proposal.members().get(i);
            if (member.role() == null) {
                throw new InvalidFieldException("members[" + i + "].role", "Give the member's role: LEAD, MEMBER or SUBCONTRACTOR");
            }
            TendererProfile supplier = verifiedSupplier(member.supplierId(), "members[" + i + "].supplierId");
            tenderers.add(tenderer(supplier, member.role(), member.lots()));
        }
        return tenderers;
    }

    private TendererProfile verifiedSupplier(String supplierId, String field) {
        TendererProfile supplier = suppliers.tenderer(supplierId)
                .orElseThrow(() -> new InvalidFieldException(field, "No supplier " + supplierId));
        if (!supplier.isVerified()) {
            throw new BidRuleViolation("verified suppliers only",
                    supplier.legalName() + " is " + supplier.status() + ": only suppliers verified by a facilitator bid");
        }
        return supplier;
    }

    private static Tenderer tenderer(TendererProfile supplier, TendererRole role, Set<Integer> lots) {
        return new Tenderer(supplier.id(), supplier.siret(), supplier.legalName(), role, lots, supplier.kinds(),
                supplier.department());
    }
}
