package org.essmarket.tender.compliance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Time limits count calendar days from the notice's sending (the launch) to the deadline's day, in France. */
final class TimeLimits {

    private TimeLimits() {
    }

    static long days(CheckedTender tender) {
        return ChronoUnit.DAYS.between(tender.launch(), deadlineDay(tender));
    }

    static String says(CheckedTender tender, long days) {
        return "Avis envoyé le " + tender.launch() + (tender.terms().facts().noticeSentOn() == null
                ? " (date de soumission)" : "") + ", réception des offres jusqu'au " + deadlineDay(tender) + " : "
                + days + " jours";
    }

    private static LocalDate deadlineDay(CheckedTender tender) {
        return LocalDate.ofInstant(tender.terms().deadline(), ComplianceChecks.FRANCE);
    }
}
