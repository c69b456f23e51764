package org.essmarket.tender.interest.domain;

/** What a supplier says of a tender it has seen. */
public enum InterestLevel {
    INTERESTED, NOT_INTERESTED
}
