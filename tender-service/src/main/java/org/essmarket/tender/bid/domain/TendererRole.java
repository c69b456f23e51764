package org.essmarket.tender.bid.domain;

/**
 * What a supplier is in a bid: bidding alone (SOLE), or in a groupement its mandataire (LEAD), a
 * co-contractor (MEMBER, cotraitant) or a SUBCONTRACTOR (sous-traitant).
 */
public enum TendererRole {
    SOLE, LEAD, MEMBER, SUBCONTRACTOR
}
