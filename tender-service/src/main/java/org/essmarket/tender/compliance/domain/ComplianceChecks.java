package org.essmarket.tender.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * The rules of the catalogue applied to a tender: each rule whose dates cover the consultation's
 * launch and that concerns the tender gives a finding. Every rule of the catalogue has its class,
 * checked when built.
 */
public class ComplianceChecks {

    /** Calendar days and launch dates are French ones. */
    public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final ComplianceCatalogue catalogue;
    private final Map<String, ComplianceRule> rules;

    public ComplianceChecks(ComplianceCatalogue catalogue, List<ComplianceRule> rules) {
        this.catalogue = catalogue;
        this.rules = rules.stream().collect(Collectors.toMap(ComplianceRule::id, Function.identity()));
        for (RuleReference reference : catalogue.rules()) {
            if (!this.rules.containsKey(reference.id())) {
                throw new IllegalStateException("compliance rule " + reference.id() + " has no class to check it");
            }
        }
    }

    /** The checks of every rule class there is, against this catalogue. */
    public static ComplianceChecks withAllRules(ComplianceCatalogue catalogue) {
        return new ComplianceChecks(catalogue, List.of(new EnvironmentalCriterionRule(),
                new EnvironmentalConditionRule(), new SocialConditionRule(), new OpenProcedureTimeLimitRule(),
                new AdaptedProcedureTimeLimitRule(), new PublicityRule(), new FreeDocumentsRule(),
                new AdaptedProcedureThresholdRule()));
    }

    /** The report of a tender as it stands {@code now}. */
    public ComplianceReport report(Tender tender, Instant now) {
        return report(tender.terms(), launch(tender, now));
    }

    public ComplianceReport report(TenderTerms terms, LocalDate launch) {
        CheckedTender checked = new CheckedTender(terms, launch);
        List<Finding> findings = new ArrayList<>();
        for (RuleReference reference : catalogue.rules()) {
            if (!reference.appliesOn(launch)) {
                continue;
            }
            Outcome outcome = rules.get(reference.id()).check(checked, reference, catalogue);
            if (outcome != null) {
                findings.add(new Finding(reference.id(), reference.article(), reference.source(), outcome.tenderSays(),
                        outcome.verdict(), outcome.message()));
            }
        }
        return new ComplianceReport(launch, findings);
    }

    /**
     * The day the consultation is launched: the notice's sending date given, else the day it was
     * submitted, else (still being written) today.
     */
    static LocalDate launch(Tender tender, Instant now) {
        if (tender.terms().facts().noticeSentOn() != null) {
            return tender.terms().facts().noticeSentOn();
        }
        boolean submitted = !tender.isEditable() && tender.submittedAt() != null;
        return LocalDate.ofInstant(submitted ? tender.submittedAt() : now, FRANCE);
    }
}
