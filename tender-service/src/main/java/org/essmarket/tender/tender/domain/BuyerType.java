package org.essmarket.tender.tender.domain;

/**
 * Who buys, as the rules tell them apart: the State's services (lowest EU threshold, R2124-1), a
 * local authority (R2131-12 and R2131-16 name "l'État et les collectivités territoriales"), another
 * public authority, or a utility (entité adjudicatrice, its own thresholds and time limits).
 */
public enum BuyerType {
    CENTRAL_GOVERNMENT, LOCAL_AUTHORITY, OTHER_PUBLIC_AUTHORITY, UTILITY
}
