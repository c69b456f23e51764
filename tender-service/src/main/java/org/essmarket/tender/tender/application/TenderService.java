package org.essmarket.tender.tender.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.essmarket.tender.compliance.domain.ComplianceChecks;
import org.essmarket.tender.tender.application.TenderExceptions.NotAllowed;
import org.essmarket.tender.tender.application.TenderExceptions.StaleVersion;
import org.essmarket.tender.tender.application.TenderExceptions.TenderNotFound;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderFilter;
import org.essmarket.tender.tender.domain.TenderRules;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.domain.TenderTerms;
import org.essmarket.tender.tender.persistence.TenderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The tenders' use cases. Each checks who may do what on which tender: a buyer writes, submits and
 * cancels the tenders of the buyer body it acts for (from its token, never from the request);
 * facilitators (admins) publish or reject submitted tenders; everyone reads public tenders.
 */
@Service
public class TenderService {

    private static final Logger log = LoggerFactory.getLogger(TenderService.class);

    /** Tenders anyone may see, even anonymously. */
    static final Set<TenderStatus> PUBLIC = TenderStatus.visibleToSuppliers();

    private final TenderStore tenders;
    private final TenderRules rules;
    private final ComplianceChecks compliance;
    private final Clock clock;

    public TenderService(TenderStore tenders, TenderRules rules, ComplianceChecks compliance, Clock clock) {
        this.tenders = tenders;
        this.rules = rules;
        this.compliance = compliance;
        this.clock = clock;
    }

    /** A buyer writes a new tender for its buyer body, as a DRAFT or announced ahead as PLANNED. */
    public Tender createTender(Caller caller, TenderTerms terms, boolean announceAhead) {
        String buyerSiret = requireBuyerBody(caller);
        Instant now = clock.instant();
        Tender tender = Tender.create(UUID.randomUUID().toString(), buyerSiret, rules.check(terms, now), announceAhead,
                caller.userId(), now);
        return tenders.save(tender);
    }

    /** A tender, if the caller may see it: public ones to anyone, the others to their buyer body and admins. */
    public Tender findTender(Caller caller, String id) {
        Tender tender = load(id);
        if (!maySee(caller, tender)) {
            throw new TenderNotFound(id);
        }
        return tender;
    }

    /**
     * A tender of the caller's buyer body, for what only its buyers do (documents, answers, interest
     * report): 404 when the caller may not even see it, 403 when it sees it but acts for another body.
     */
    public Tender findOwnTender(Caller caller, String id) {
        Tender tender = findTender(caller, id);
        if (!caller.actsFor(tender.buyerSiret())) {
            throw new NotAllowed("Only buyers of the buyer body " + tender.buyerSiret() + " manage its tenders");
        }
        return tender;
    }

    /**
     * The public list of tenders; with {@code mine}, every tender of the caller's buyer body. Only
     * admins list tenders in a non-public status across buyer bodies.
     */
    public Page<Tender> listTenders(Caller caller, TenderFilter filter, boolean mine, Pageable page) {
        Set<TenderStatus> statuses = filter.statuses() == null ? Set.of() : filter.statuses();
        String buyerSiret = filter.buyerSiret();
        if (mine) {
            buyerSiret = requireBuyerBody(caller);
        } else if (!caller.isAdmin()) {
            if (!PUBLIC.containsAll(statuses)) {
                Set<TenderStatus> hidden = new HashSet<>(statuses);
                hidden.removeAll(PUBLIC);
                throw new NotAllowed("Tenders in status " + hidden + " are listed only to their buyer body (mine=true)");
            }
            if (statuses.isEmpty()) {
                statuses = PUBLIC;
            }
        }
        return tenders.search(new TenderFilter(statuses, filter.cpvPrefix(), filter.department(), buyerSiret), page);
    }

    public Tender updateTender(Caller caller, String id, long expectedVersion, TenderTerms terms) {
        return changeAsOwner(caller, id, expectedVersion,
                tender -> tender.update(rules.check(terms, clock.instant())));
    }

    public Tender startDrafting(Caller caller, String id, Long expectedVersion) {
        return changeAsOwner(caller, id, expectedVersion, Tender::startDrafting);
    }

    /**
     * The buyer submits for validation: refused while a compliance rule blocks it, or while a
     * compliance warning has no reason in {@code warningReasons} (by rule id); the warnings and their
     * reasons are kept on the tender for the facilitator.
     */
    public Tender submitTender(Caller caller, String id, Long expectedVersion, Map<String, String> warningReasons) {
        return changeAsOwner(caller, id, expectedVersion, tender -> {
            Instant now = clock.instant();
            // A tender that cannot be submitted at all says so before its compliance is looked at.
            tender.requireSubmittable(now);
            tender.submit(now, compliance.report(tender, now).explain(warningReasons));
        });
    }

    /** Whether the caller reads the tender's compliance (its report, the warnings it was submitted despite). */
    public static boolean readsCompliance(Caller caller, Tender tender) {
        return caller.isAdmin() || caller.actsFor(tender.buyerSiret());
    }

    public Tender cancelTender(Caller caller, String id, Long expectedVersion, String reason) {
        return changeAsOwner(caller, id, expectedVersion, tender -> tender.cancel(reason));
    }

    public Tender publishTender(Caller caller, String id) {
        return changeAsAdmin(caller, id, tender -> tender.publish(clock.instant()));
    }

    public Tender rejectTender(Caller caller, String id, String reason) {
        return changeAsAdmin(caller, id, tender -> tender.reject(reason));
    }

    /** Closes published tenders whose deadline has passed (run on a schedule); how many it closed. */
    public int closeTendersPastDeadline() {
        Instant now = clock.instant();
        int closed = 0;
        List<Tender> due;
        do {
            due = tenders.publishedWithDeadlineReached(now, 100);
            for (Tender tender : due) {
                if (tender.closeIfDeadlinePassed(now)) {
                    try {
                        tenders.save(tender);
                        closed++;
                    } catch (OptimisticLockingFailureException changedMeanwhile) {
                        log.info("Tender {} changed while closing it; the next run looks at it again", tender.id());
                        return closed;
                    }
                }
            }
        } while (due.size() == 100);
        return closed;
    }

    private static boolean maySee(Caller caller, Tender tender) {
        return tender.status().isVisibleToSuppliers() || caller.isAdmin() || caller.actsFor(tender.buyerSiret());
    }

    private Tender changeAsOwner(Caller caller, String id, Long expectedVersion, Consumer<Tender> change) {
        Tender tender = findOwnTender(caller, id);
        if (expectedVersion != null && !expectedVersion.equals(tender.version())) {
            throw new StaleVersion(id);
        }
        change.accept(tender);
        return save(tender);
    }

    private Tender changeAsAdmin(Caller caller, String id, Consumer<Tender> change) {
        if (!caller.isAdmin()) {
            throw new NotAllowed("Only facilitators (admins) do this");
        }
        Tender tender = load(id);
        change.accept(tender);
        return save(tender);
    }

    private Tender save(Tender tender) {
        try {
            return tenders.save(tender);
        } catch (OptimisticLockingFailureException concurrentChange) {
            throw new StaleVersion(tender.id());
        }
    }

    private static String requireBuyerBody(Caller caller) {
        if (!caller.isBuyer()) {
            throw new NotAllowed("Only buyers write tenders");
        }
        if (caller.organisationSiret() == null || !caller.organisationSiret().matches("\\d{14}")) {
            throw new NotAllowed("Your account acts for no buyer body (no organisation_siret in your token)");
        }
        return caller.organisationSiret();
    }

    private Tender load(String id) {
        return tenders.findById(id).orElseThrow(() -> new TenderNotFound(id));
    }
}
