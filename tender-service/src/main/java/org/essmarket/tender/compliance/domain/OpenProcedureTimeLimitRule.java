package org.essmarket.tender.compliance.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.essmarket.tender.tender.domain.ProcurementFacts;
import org.essmarket.tender.tender.domain.Procedure;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * T1 — the minimum time limit for offers in an open procedure (R2161-2, R2161-3), in calendar days
 * from the notice's sending: 35 days, 30 when offers are sent electronically (always, on ESS Market),
 * 15 when a prior information notice was sent between 35 days and 12 months before, or for an
 * urgency the buyer states. Shorter is a warning naming the minimum.
 */
public class OpenProcedureTimeLimitRule implements ComplianceRule {

    @Override
    public String id() {
        return "T1";
    }

    @Override
    public Outcome check(CheckedTender tender, RuleReference reference, ComplianceCatalogue catalogue) {
        TenderTerms terms = tender.terms();
        if (terms.procedure() != Procedure.OPEN || terms.deadline() == null) {
            return null;
        }
        ProcurementFacts facts = terms.facts();
        long days = TimeLimits.days(tender);
        String shortened = shortenedBecause(facts, tender.launch(), reference);
        long minimum = shortened != null ? reference.figure("shortenedDays") : reference.figure("electronicDays");
        String says = TimeLimits.says(tender, days) + (shortened == null ? "" : ", " + shortened);
        if (days >= minimum) {
            return Outcome.compliant(says, "Le délai de réception des offres atteint le minimum de " + minimum
                    + " jours.");
        }
        return Outcome.warning(says, "En appel d'offres ouvert, le délai de réception des offres est d'au moins "
                + minimum + " jours à compter de l'envoi de l'avis" + (shortened != null ? "" : " ("
                + reference.figure("standardDays") + " jours, réduits à " + minimum
                + " par la remise électronique des offres ; " + reference.figure("shortenedDays")
                + " jours avec un avis de préinformation ou une urgence dûment justifiée)") + ".");
    }

    /** Why the shortened limit applies, or null: a prior information notice sent in the window, or urgency. */
    private static String shortenedBecause(ProcurementFacts facts, LocalDate launch, RuleReference reference) {
        LocalDate pin = facts.priorInformationNoticeOn();
        if (pin != null) {
            long before = ChronoUnit.DAYS.between(pin, launch);
            boolean inWindow = before >= reference.figure("priorNoticeMinDaysBefore")
                    && !pin.isBefore(launch.minusMonths(reference.figure("priorNoticeMaxMonthsBefore")));
            if (inWindow) {
                return "avis de préinformation du " + pin;
            }
        }
        return facts.hasUrgency() ? "urgence : " + facts.urgencyReason() : null;
    }
}
