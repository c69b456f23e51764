package org.essmarket.tender.compliance.domain;

/** What a rule concludes about a tender, before the catalogue adds the rule's id and article. */
public record Outcome(Verdict verdict, String tenderSays, String message) {

    public static Outcome compliant(String tenderSays, String message) {
        return new Outcome(Verdict.COMPLIANT, tenderSays, message);
    }

    public static Outcome warning(String tenderSays, String message) {
        return new Outcome(Verdict.WARNING, tenderSays, message);
    }

    public static Outcome info(String tenderSays, String message) {
        return new Outcome(Verdict.INFO, tenderSays, message);
    }

    public static Outcome blocking(String tenderSays, String message) {
        return new Outcome(Verdict.BLOCKING, tenderSays, message);
    }
}
