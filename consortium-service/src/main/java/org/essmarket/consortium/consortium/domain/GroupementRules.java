package org.essmarket.consortium.consortium.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of the code de la commande publique that look beyond one groupement: one mandate per
 * supplier and tender (R2142-23), the buyer's bans on bidding alone and in a groupement or in several
 * groupements (R2142-21), and what any member must satisfy: verified, eligible for the reserved lots
 * it performs (L2113-12 to L2113-15), a sensible scope and share.
 */
public final class GroupementRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GroupementRules() {
    }

    /** Groupements form for a PUBLISHED tender before its deadline. */
    public static void requireOpenTender(String tenderStatus, TargetedTender tender, Instant now) {
        if (!"PUBLISHED".equals(tenderStatus)) {
            throw new ConsortiumRuleViolation("tender status",
                    "Groupements form for a PUBLISHED tender; this one is " + tenderStatus);
        }
        if (tender.isDeadlinePassed(now)) {
            throw new ConsortiumRuleViolation("deadline", "The tender's deadline " + tender.deadline() + " has passed");
        }
    }

    /** Only verified suppliers take part in a bid. */
    public static void requireVerified(SupplierFacts supplier) {
        if (!supplier.verified()) {
            throw new ConsortiumRuleViolation("verified suppliers only", supplier.legalName() + " is " + supplier.status()
                    + ": only suppliers verified by a facilitator join a groupement");
        }
    }

    /** R2142-23: a supplier is mandataire of at most one groupement for a tender. */
    public static void requireSingleMandate(String supplierId, Collection<String> groupementsItLeads) {
        if (!groupementsItLeads.isEmpty()) {
            throw new ConsortiumRuleViolation("R2142-23", "Supplier " + supplierId
                    + " is already mandataire of a groupement for this tender: a supplier may lead only one");
        }
    }

    /**
     * R2142-21, where the buyer forbids it: a supplier does not bid on a lot both alone and in this
     * groupement, nor in this groupement and another one.
     */
    public static void requireSingleAllegiance(ConsortiumPolicy policy, String consortiumId, String legalName,
            Set<Integer> targetedLots, List<Participation> elsewhere) {
        for (Participation other : elsewhere) {
            if (consortiumId.equals(other.consortiumId())) {
                continue;
            }
            Set<Integer> shared = new TreeSet<>(other.lots());
            shared.retainAll(targetedLots);
            if (shared.isEmpty()) {
                continue;
            }
            if (other.isAlone() && policy.forbidAloneAndInGroupement()) {
                throw new ConsortiumRuleViolation("R2142-21", legalName + " already bids alone on lot(s) " + shared
                        + ": this tender forbids bidding both alone and as a member of a groupement");
            }
            if (!other.isAlone() && policy.forbidSeveralGroupements()) {
                throw new ConsortiumRuleViolation("R2142-21", legalName + " is already in another groupement on lot(s) "
                        + shared + ": this tender forbids being a member of several groupements");
            }
        }
    }

    /** The lots a member performs are lots the groupement targets. */
    static void requireWithinTargets(List<TargetLot> targets, Set<Integer> lots, String field) {
        Set<Integer> targeted = new HashSet<>(targets.stream().map(TargetLot::number).toList());
        for (Integer lot : lots) {
            if (lot == null || !targeted.contains(lot)) {
                throw new InvalidFieldException(field, "The groupement bids for lots " + new TreeSet<>(targeted)
                        + ", not lot " + lot);
            }
        }
    }

    /** L2113-12 to L2113-15: whoever performs a reserved lot holds a kind it admits. */
    static void requireEligible(List<TargetLot> targets, Member member) {
        for (TargetLot lot : targets) {
            if (member.performs(lot.number()) && !lot.reservation().admits(member.kinds())) {
                throw new ConsortiumRuleViolation(lot.reservation().article(), member.legalName() + " " + member.kinds()
                        + " cannot perform lot " + lot.number() + ", reserved to " + new TreeSet<>(lot.reservation().eligibleKinds()));
            }
        }
    }

    /** A share is a percentage of the value, above 0 and at most 100, to the hundredth. */
    static void requireValidShare(BigDecimal share, String field) {
        if (share == null) {
            return;
        }
        if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0 || share.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(field, "A share is a percentage above 0 and at most 100, with at most 2 decimals");
        }
    }

    static BigDecimal total(Collection<Member> members) {
        return members.stream().map(Member::share).filter(share -> share != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static boolean isHundred(BigDecimal total) {
        return total.compareTo(HUNDRED) == 0;
    }

    static boolean exceedsHundred(BigDecimal total) {
        return total.compareTo(HUNDRED) > 0;
    }

    static BigDecimal missing(BigDecimal total) {
        return HUNDRED.subtract(total);
    }
}
