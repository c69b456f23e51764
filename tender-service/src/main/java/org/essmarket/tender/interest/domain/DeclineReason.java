package org.essmarket.tender.interest.domain;

/** Why a supplier is not interested: what the buyer can change next time (allotissement, deadlines...). */
public enum DeclineReason {
    TOO_FAR, TOO_BIG, NOT_OUR_ACTIVITY, DEADLINE_TOO_SHORT, OTHER
}
