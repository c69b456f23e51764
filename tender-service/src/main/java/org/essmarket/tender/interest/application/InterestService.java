package org.essmarket.tender.interest.application;

import java.time.Clock;
import java.util.Set;

import org.essmarket.platform.security.MarketplaceRoles;
import org.essmarket.tender.interest.domain.DeclineReason;
import org.essmarket.tender.interest.domain.InterestLevel;
import org.essmarket.tender.interest.domain.InterestMark;
import org.essmarket.tender.interest.domain.InterestReport;
import org.essmarket.tender.interest.domain.SupplierInterest;
import org.essmarket.tender.interest.persistence.InterestStore;
import org.essmarket.tender.tender.application.Caller;
import org.essmarket.tender.tender.application.TenderExceptions.NotAllowed;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.Tender;
import org.springframework.stereotype.Service;

/**
 * Suppliers' interest in tenders: supplier users record that they viewed a tender and mark it
 * interesting or not (and why); the tender's buyer body and facilitators read the counts.
 */
@Service
public class InterestService {

    private final TenderService tenders;
    private final InterestStore interests;
    private final Clock clock;

    public InterestService(TenderService tenders, InterestStore interests, Clock clock) {
        this.tenders = tenders;
        this.interests = interests;
        this.clock = clock;
    }

    /** A supplier user opened the tender's page; counted once per user. */
    public void recordView(Caller caller, String tenderId) {
        Tender tender = supplierSees(caller, tenderId);
        interests.recordView(tender.id(), caller.userId(), clock.instant());
    }

    /** The supplier user's mark, replacing its previous one. */
    public SupplierInterest markInterest(Caller caller, String tenderId, InterestLevel level, DeclineReason reason,
            String note, Set<Integer> lots) {
        Tender tender = supplierSees(caller, tenderId);
        InterestMark mark = InterestMark.on(tender, level, reason, note, lots);
        interests.mark(tender.id(), caller.userId(), mark, clock.instant());
        return myInterest(caller, tenderId);
    }

    public SupplierInterest myInterest(Caller caller, String tenderId) {
        Tender tender = supplierSees(caller, tenderId);
        return interests.find(tender.id(), caller.userId())
                .orElseGet(() -> SupplierInterest.none(tender.id(), caller.userId()));
    }

    /** The counts, for the tender's buyer body and facilitators only. */
    public InterestReport interestReport(Caller caller, String tenderId) {
        Tender tender = caller.isAdmin() ? tenders.findTender(caller, tenderId)
                : tenders.findOwnTender(caller, tenderId);
        return InterestReport.of(tender, interests.findAll(tender.id()));
    }

    private Tender supplierSees(Caller caller, String tenderId) {
        Tender tender = tenders.findTender(caller, tenderId);
        if (!caller.roles().contains(MarketplaceRoles.SUPPLIER)) {
            throw new NotAllowed("Supplier users mark their interest in tenders");
        }
        return tender;
    }
}
