package org.essmarket.tender.bid.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.essmarket.tender.tender.domain.ConsortiumPolicy;
import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;

/**
 * Whether a bid may be made on a tender (DESIGN.md §3 "Tender", code de la commande publique):
 * only on a PUBLISHED tender before its deadline, on its lots, within its lot limits, by
 * tenderers eligible for every reserved lot they perform (L2113-12 to L2113-15), one bid per
 * bidder, and within the tender's consortium policy (R2142-21) and the one-mandataire rule
 * (R2142-23).
 */
public class BidRules {

    public void check(Tender tender, boolean joint, List<Tenderer> tenderers, List<LotOffer> offers,
            List<Bid> otherActiveBids, Instant now) {
        requireOpen(tender, now);
        checkOffers(tender, offers);
        checkTenderers(tender, joint, tenderers, offers);
        checkCompetition(tender, joint, tenderers, offers, otherActiveBids);
    }

    private static void requireOpen(Tender tender, Instant now) {
        if (tender.isOpenForBids(now)) {
            return;
        }
        throw new TenderRuleViolation(tender.status(), tender.isDeadlinePassed(now)
                ? "The deadline " + tender.terms().deadline() + " has passed: no bid is accepted after it"
                : "Bids are accepted only on a PUBLISHED tender, this one is " + tender.status());
    }

    private static void checkOffers(Tender tender, List<LotOffer> offers) {
        if (offers == null || offers.isEmpty()) {
            throw new InvalidFieldException("offers", "Offer a price for at least one lot");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < offers.size(); i++) {
            LotOffer offer = offers.get(i);
            String field = "offers[" + i + "]";
            if (!seen.add(offer.lotNumber())) {
                throw new InvalidFieldException(field + ".lotNumber", "Lot " + offer.lotNumber() + " is offered twice");
            }
            if (tender.lotsForBidding().stream().noneMatch(lot -> lot.number() == offer.lotNumber())) {
                throw new InvalidFieldException(field + ".lotNumber", "The tender has no lot " + offer.lotNumber());
            }
            if (offer.amount() == null || offer.amount().compareTo(BigDecimal.ZERO) <= 0) {
                throw new InvalidFieldException(field + ".amount", "The amount must be a positive number of euros");
            }
        }
        Integer limit = tender.terms().lotLimits().maxLotsPerBidder();
        if (limit != null && offers.size() > limit) {
            throw new BidRuleViolation("lot limits of the tender",
                    "This tender accepts bids on at most " + limit + " lot(s) per bidder, this bid covers " + offers.size());
        }
    }

    private static void checkTenderers(Tender tender, boolean joint, List<Tenderer> tenderers, List<LotOffer> offers) {
        if (tenderers == null || tenderers.isEmpty()) {
            throw new InvalidFieldException("tenderers", "Name who bids");
        }
        long leads = tenderers.stream().filter(t -> t.role() == (joint ? TendererRole.LEAD : TendererRole.SOLE)).count();
        if (joint && (leads != 1 || tenderers.size() < 2 || tenderers.stream().anyMatch(t -> t.role() == TendererRole.SOLE))) {
            throw new InvalidFieldException("tenderers", "A groupement bids with exactly one LEAD (mandataire) and at least one other member");
        }
        if (!joint && (leads != 1 || tenderers.size() != 1)) {
            throw new InvalidFieldException("tenderers", "A supplier bidding alone is the only, SOLE, tenderer");
        }
        Set<String> suppliers = new HashSet<>();
        Set<Integer> offered = new HashSet<>(offers.stream().map(LotOffer::lotNumber).toList());
        for (int i = 0; i < tenderers.size(); i++) {
            Tenderer tenderer = tenderers.get(i);
            if (!suppliers.add(tenderer.supplierId())) {
                throw new InvalidFieldException("tenderers[" + i + "].supplierId", "Supplier " + tenderer.supplierId() + " is named twice");
            }
            if (!offered.containsAll(tenderer.lots())) {
                throw new InvalidFieldException("tenderers[" + i + "].lots", "A tenderer can only perform lots the bid offers");
            }
        }
        for (LotOffer offer : offers) {
            Lot lot = tender.lot(offer.lotNumber());
            List<Tenderer> performing = tenderers.stream().filter(t -> t.performs(lot.number())).toList();
            if (performing.stream().noneMatch(t -> t.role() != TendererRole.SUBCONTRACTOR)) {
                throw new InvalidFieldException("tenderers", "Lot " + lot.number() + " is performed by no tenderer");
            }
            for (Tenderer tenderer : performing) {
                if (!lot.reservation().admits(tenderer.kinds())) {
                    throw new BidRuleViolation(lot.reservation().article(), tenderer.legalName() + " " + tenderer.kinds()
                            + " cannot perform lot " + lot.number() + ", reserved to " + lot.reservation().eligibleKinds());
                }
            }
        }
    }

    /** The bidder (alone, or as a groupement's lead) already has a competing bid on the tender. */
    public static BidRuleViolation alreadyBidding(String bidder, boolean joint) {
        return new BidRuleViolation(joint ? "R2142-23" : "one bid per bidder", joint
                ? "Supplier " + bidder + " already leads a groupement's bid on this tender: a supplier may be mandataire of only one groupement"
                : "Supplier " + bidder + " already has a bid on this tender: withdraw it before bidding again");
    }

    private static void checkCompetition(Tender tender, boolean joint, List<Tenderer> tenderers, List<LotOffer> offers,
            List<Bid> others) {
        String bidder = tenderers.stream().filter(t -> t.role() == TendererRole.SOLE || t.role() == TendererRole.LEAD)
                .findFirst().orElseThrow().supplierId();
        for (Bid other : others) {
            if (other.bidderId().equals(bidder) && other.isJoint() == joint) {
                throw alreadyBidding(bidder, joint);
            }
        }
        ConsortiumPolicy policy = tender.terms().consortiumPolicy();
        for (LotOffer offer : offers) {
            int lot = offer.lotNumber();
            for (Bid other : others) {
                if (!other.lotNumbers().contains(lot)) {
                    continue;
                }
                for (Tenderer tenderer : tenderers) {
                    if (!other.involves(tenderer.supplierId())) {
                        continue;
                    }
                    boolean aloneAndInGroupement = joint != other.isJoint();
                    if (aloneAndInGroupement && policy.forbidAloneAndInGroupement()) {
                        throw new BidRuleViolation("R2142-21", tenderer.legalName() + " already bids on lot " + lot
                                + (joint ? " alone" : " in a groupement")
                                + ": this tender forbids bidding both alone and as a member of a groupement");
                    }
                    if (joint && other.isJoint() && policy.forbidSeveralGroupements()) {
                        throw new BidRuleViolation("R2142-21", tenderer.legalName() + " is already in another groupement bidding on lot "
                                + lot + ": this tender forbids being a member of several groupements");
                    }
                }
            }
        }
    }
}
