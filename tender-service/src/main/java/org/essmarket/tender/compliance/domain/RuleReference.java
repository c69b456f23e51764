package org.essmarket.tender.compliance.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * A rule as the reference file dates it: its id, the article(s) of the code de la commande publique,
 * the legal source, the launch dates it applies to ({@code until} inclusive, null while in force)
 * and its figures (days, amounts) by name.
 */
public record RuleReference(String id, String article, String source, LocalDate from, LocalDate until,
        Map<String, Long> figures) {

    public RuleReference {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }

    /** Whether a consultation launched that day falls under the rule. */
    public boolean appliesOn(LocalDate launch) {
        return !launch.isBefore(from) && (until == null || !launch.isAfter(until));
    }

    /** A figure of the rule; the reference file is checked at start-up, so a missing one is a bug. */
    public long figure(String name) {
        Long value = figures.get(name);
        if (value == null) {
            throw new IllegalStateException("compliance rule " + id + " has no figure '" + name + "'");
        }
        return value;
    }
}
