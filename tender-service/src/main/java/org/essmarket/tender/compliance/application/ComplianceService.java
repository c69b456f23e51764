package org.essmarket.tender.compliance.application;

import java.time.Clock;

import org.essmarket.tender.compliance.domain.ComplianceChecks;
import org.essmarket.tender.compliance.domain.ComplianceReport;
import org.essmarket.tender.tender.application.Caller;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.Tender;
import org.springframework.stereotype.Service;

/** A tender's compliance report, for its buyer body (as it writes the tender) and facilitators (as they validate it). */
@Service
public class ComplianceService {

    /** The report and the tender it is about (with the warnings it was submitted despite). */
    public record TenderCompliance(Tender tender, ComplianceReport report) {
    }

    private final TenderService tenders;
    private final ComplianceChecks checks;
    private final Clock clock;

    public ComplianceService(TenderService tenders, ComplianceChecks checks, Clock clock) {
        this.tenders = tenders;
        this.checks = checks;
        this.clock = clock;
    }

    /** 404 when the caller may not see the tender, 403 when it sees it but neither writes nor validates it. */
    public TenderCompliance report(Caller caller, String tenderId) {
        Tender tender = caller.isAdmin() ? tenders.findTender(caller, tenderId) : tenders.findOwnTender(caller, tenderId);
        return new TenderCompliance(tender, checks.report(tender, clock.instant()));
    }
}
