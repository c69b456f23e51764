package org.essmarket.tender.tender.domain;

/** The social clause: hours of work reserved for people in insertion, and an optional description. */
public record SocialClause(int insertionHours, String description) {
}
