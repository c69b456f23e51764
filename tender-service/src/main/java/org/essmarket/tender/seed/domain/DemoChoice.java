package org.essmarket.tender.seed.domain;

/**
 * A choice the demo data makes where the sources are silent (see seed/ATTRIBUTION.md): a lot's
 * {@code reservation}, a tender's social clause ({@code insertion-hours}), or announcing a tender
 * ahead ({@code planned}). {@code lot} is null for a choice about the whole tender.
 */
public record DemoChoice(String source, Integer lot, String choice, String value) {

    public static final String RESERVATION = "reservation";
    public static final String INSERTION_HOURS = "insertion-hours";
    public static final String PLANNED = "planned";
}
