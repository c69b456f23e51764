package org.essmarket.tender.opendata.application;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.domain.BidStatus;
import org.essmarket.tender.bid.domain.Tenderer;
import org.essmarket.tender.bid.domain.TendererRole;
import org.essmarket.tender.reference.domain.ReferenceCodes;
import org.essmarket.tender.tender.domain.AwardCriterion;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.LotAward;
import org.essmarket.tender.tender.domain.SocialClause;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * A tender and its bids as an OCDS 1.1.5 release package (DESIGN.md §3 "Open data"), holding one
 * release: the tender as it is now. Bids are sealed until the deadline: before it the release names
 * no bid, no bidder and gives no count; after it, it counts the bids not withdrawn, on the whole and
 * per lot. It never lists the bids themselves: who bid what is a business secret of the losing
 * bidders. Once a lot is awarded, its award names the winner and the amount.
 */
public class OcdsMapper {

    /**
     * Prefix of our contracting process ids. Not registered with the Open Contracting Partnership
     * yet: registering gives the real "ocds-xxxxxx" prefix to put here.
     */
    static final String OCID_PREFIX = "ocds-essmkt-";

    /**
     * The org-id.guide list for French organisations identified by SIREN or SIRET (Registre du
     * commerce et des sociétés; its INSEE/SIRENE list FR-INSEE is deprecated in favour of it).
     * org-id has no list of its own for SIRET, which public buyers also have.
     */
    static final String ORGANISATION_SCHEME = "FR-RCS";

    /** The extensions used, at the commits whose schemas we validate against (shared/data/SOURCES.md §5). */
    static final List<URI> EXTENSIONS = Stream.of(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/73076421c08e2fd20acd91b0fb5ac80bfd94cbc6/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/d62ff4b0ba393d823ca8113a9039b12edf7acb8f/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_otherRequirements_extension/143e56e3166073b5d317826a745e46b9889e379b/extension.json")
            .map(URI::create).toList();

    private static final Ocds.Publisher PUBLISHER = new Ocds.Publisher("ESS Market");
    private static final String CURRENCY = "EUR";
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final ReferenceCodes codes;

    public OcdsMapper(ReferenceCodes codes) {
        this.codes = codes;
    }

    /** The release package at {@code uri} of the tender as it is at {@code now}, with its bids (any order). */
    public Ocds.ReleasePackage releasePackage(Tender tender, List<Bid> bids, URI uri, Instant now) {
        Ocds.Release release = release(tender, bids, now);
        // Generated on demand: the package is dated by the last change of what it holds.
        return new Ocds.ReleasePackage(uri, "1.1", EXTENSIONS, release.date(), PUBLISHER, List.of(release));
    }

    private Ocds.Release release(Tender tender, List<Bid> bids, Instant now) {
        String ocid = OCID_PREFIX + tender.id();
        // Bids are opened at the deadline of a published tender; a bid withdrawn before it never was.
        boolean bidsOpened = tender.publishedAt() != null && tender.isDeadlinePassed(now);
        List<Bid> opened = bidsOpened
                ? bids.stream().filter(bid -> bid.status() != BidStatus.WITHDRAWN).toList()
                : List.of();
        Ocds.OrganizationReference buyer = new Ocds.OrganizationReference(partyId(tender.buyerSiret()), null);
        // The tender's version changes with every change of its lifecycle, terms or awards.
        String releaseId = ocid + "-" + tender.status().name().toLowerCase() + "-"
                + Objects.requireNonNullElse(tender.version(), 0L);
        return new Ocds.Release(ocid, releaseId, lastChange(tender, now),
                OcdsCodes.releaseTags(tender.status(), !tender.awards().isEmpty()), "tender",
                parties(tender, bids), buyer, tender(tender, buyer), bidsOpened ? bidStatistics(tender, opened) : null,
                awards(tender, bids));
    }

    /**
     * When what the release says last changed, as far as the tender knows: its creation, publication,
     * deadline (once passed) or latest award. A cancellation is not dated in the tender, so a
     * cancelled tender's release keeps the date of its last dated change.
     */
    private static Instant lastChange(Tender tender, Instant now) {
        Stream<Instant> dates = Stream.concat(Stream.of(tender.createdAt(), tender.publishedAt(), tender.terms().deadline()),
                tender.awards().stream().map(LotAward::awardedAt));
        return dates.filter(Objects::nonNull).filter(date -> !date.isAfter(now)).max(Instant::compareTo).orElse(now);
    }

    /** The buyer, and the suppliers of the winning bids (never a losing bidder). */
    private static List<Ocds.Party> parties(Tender tender, List<Bid> bids) {
        Map<String, Ocds.Party> parties = new LinkedHashMap<>();
        parties.put(partyId(tender.buyerSiret()), new Ocds.Party(partyId(tender.buyerSiret()), null,
                new Ocds.Identifier(ORGANISATION_SCHEME, tender.buyerSiret(), null), List.of("buyer", "procuringEntity")));
        for (Bid bid : winningBids(tender, bids)) {
            for (Tenderer tenderer : responsibleTenderers(bid)) {
                parties.merge(partyId(tenderer.siret()), winnerParty(tenderer), OcdsMapper::withRolesOf);
            }
        }
        return List.copyOf(parties.values());
    }

    private static List<Bid> winningBids(Tender tender, List<Bid> bids) {
        Set<String> winning = tender.awards().stream().map(LotAward::bidId).collect(Collectors.toSet());
        return bids.stream().filter(bid -> winning.contains(bid.id())).toList();
    }

    private static Ocds.Party winnerParty(Tenderer tenderer) {
        return new Ocds.Party(partyId(tenderer.siret()), tenderer.legalName(),
                new Ocds.Identifier(ORGANISATION_SCHEME, tenderer.siret(), tenderer.legalName()),
                List.of("tenderer", "supplier"));
    }

    /** The same organisation in several bids (a member of two groupements) is one party with every role. */
    private static Ocds.Party withRolesOf(Ocds.Party known, Ocds.Party again) {
        List<String> roles = Stream.concat(known.roles().stream(), again.roles().stream()).distinct().toList();
        return new Ocds.Party(known.id(), known.name(), known.identifier(), roles);
    }

    private Ocds.Tender tender(Tender tender, Ocds.OrganizationReference buyer) {
        TenderTerms terms = tender.terms();
        return new Ocds.Tender(tender.id(), terms.title(), terms.description(), OcdsCodes.tenderStatus(tender.status()),
                buyer, items(terms), value(terms.estimatedValue()),
                terms.procedure() == null ? null : OcdsCodes.procurementMethod(terms.procedure()),
                terms.procedure() == null ? null : OcdsCodes.procurementMethodDetails(terms.procedure()),
                mainCpv(terms).map(OcdsCodes::mainProcurementCategory).orElse(null),
                OcdsCodes.awardCriteria(terms.awardCriteria()), awardCriteriaDetails(terms),
                List.of("electronicSubmission"), tenderPeriod(tender), lots(tender), lotDetails(terms));
    }

    /** One item per lot, classified by the lot's CPV code; without lots, one per CPV code of the tender. */
    private List<Ocds.Item> items(TenderTerms terms) {
        if (terms.hasLots()) {
            return terms.lots().stream().map(lot -> new Ocds.Item(lotId(lot.number()), lot.title(),
                    cpvClassification(lot.cpv()), lotId(lot.number()))).toList();
        }
        List<Ocds.Item> items = new ArrayList<>();
        for (String cpv : terms.cpvCodes()) {
            items.add(new Ocds.Item(String.valueOf(items.size() + 1), null, cpvClassification(cpv), null));
        }
        return items;
    }

    private Ocds.Classification cpvClassification(String cpv) {
        return new Ocds.Classification("CPV", cpv, codes.cpvLabel(cpv));
    }

    private static Optional<String> mainCpv(TenderTerms terms) {
        return Stream.concat(terms.cpvCodes().stream(), terms.lots().stream().map(Lot::cpv)).findFirst();
    }

    /**
     * The weights of the award criteria, then the social and environmental clauses: OCDS 1.1.5 has
     * no field for conditions of performance, so they are stated here, marked as not being criteria.
     */
    private static String awardCriteriaDetails(TenderTerms terms) {
        List<String> parts = new ArrayList<>();
        if (!terms.awardCriteria().isEmpty()) {
            parts.add("Critères d'attribution : " + terms.awardCriteria().stream()
                    .map(OcdsMapper::weighted).collect(Collectors.joining(" ; ")));
        }
        List<String> clauses = new ArrayList<>();
        SocialClause social = terms.socialClause();
        if (social != null) {
            clauses.add("clause sociale, " + social.insertionHours() + " heures d'insertion"
                    + (social.description() == null ? "" : " (" + social.description() + ")"));
        }
        if (terms.environmentalClause() != null) {
            clauses.add("clause environnementale, " + terms.environmentalClause());
        }
        if (!clauses.isEmpty()) {
            parts.add("Conditions d'exécution (hors critères d'attribution) : " + String.join(" ; ", clauses));
        }
        return parts.isEmpty() ? null : String.join(". ", parts) + ".";
    }

    private static String weighted(AwardCriterion criterion) {
        return criterion.name() + " " + criterion.weight() + " %";
    }

    /** From publication (or, for a tender announced ahead, its expected publication) to the deadline. */
    private static Ocds.Period tenderPeriod(Tender tender) {
        LocalDate expected = tender.terms().expectedPublication();
        Instant start = tender.publishedAt() != null || expected == null
                ? tender.publishedAt()
                : expected.atStartOfDay(FRANCE).toInstant();
        Instant end = tender.terms().deadline();
        return start == null && end == null ? null : new Ocds.Period(start, end);
    }

    private static List<Ocds.Lot> lots(Tender tender) {
        return tender.terms().lots().stream().map(lot -> new Ocds.Lot(lotId(lot.number()), lot.title(),
                lot.publicNotice(),
                tender.awardOf(lot.number()).isPresent() ? "complete" : OcdsCodes.tenderStatus(tender.status()),
                value(lot.estimatedValue()),
                lot.reservation().isReserved()
                        ? new Ocds.OtherRequirements(OcdsCodes.reservedParticipation(lot.reservation()))
                        : null))
                .toList();
    }

    private static Ocds.LotDetails lotDetails(TenderTerms terms) {
        Integer bid = terms.lotLimits().maxLotsPerBidder();
        Integer awarded = terms.lotLimits().maxLotsAwardedPerBidder();
        return bid == null && awarded == null ? null : new Ocds.LotDetails(bid, awarded);
    }

    /** How many bids were opened, on the whole and on each lot: statistics only, no bid (bid extension). */
    private static Ocds.Bids bidStatistics(Tender tender, List<Bid> opened) {
        List<Ocds.Statistic> statistics = new ArrayList<>();
        statistics.add(new Ocds.Statistic("bids", "bids", opened.size(), null));
        if (tender.terms().hasLots()) {
            for (Lot lot : tender.lotsForBidding()) {
                long onLot = opened.stream().filter(bid -> bid.lotNumbers().contains(lot.number())).count();
                statistics.add(new Ocds.Statistic("bids-lot-" + lot.number(), "bids", (int) onLot, lotId(lot.number())));
            }
        }
        return new Ocds.Bids(statistics);
    }

    /** Each lot awarded: the winning bid's suppliers and the amount (not the bid, which is not published). */
    private static List<Ocds.Award> awards(Tender tender, List<Bid> bids) {
        return tender.awards().stream().map(award -> {
            Lot lot = tender.lot(award.lotNumber());
            Optional<Bid> winner = bids.stream().filter(bid -> bid.id().equals(award.bidId())).findFirst();
            return new Ocds.Award("award-lot-" + lot.number(), "Lot " + lot.number() + " — " + lot.title(), "active",
                    award.awardedAt(), value(award.amount()),
                    winner.map(OcdsMapper::tendererReferences).orElse(List.of()), relatedLots(tender, lot.number()));
        }).toList();
    }

    /**
     * Who answers for a bid: the supplier alone, or the groupement's lead and members (cotraitants).
     * Subcontractors are not parties to the bid.
     */
    private static List<Tenderer> responsibleTenderers(Bid bid) {
        return bid.tenderers().stream().filter(t -> t.role() != TendererRole.SUBCONTRACTOR).toList();
    }

    private static List<Ocds.OrganizationReference> tendererReferences(Bid bid) {
        return responsibleTenderers(bid).stream()
                .map(t -> new Ocds.OrganizationReference(partyId(t.siret()), t.legalName())).toList();
    }

    private static List<String> relatedLots(Tender tender, int lotNumber) {
        return tender.terms().hasLots() ? List.of(lotId(lotNumber)) : List.of();
    }

    private static String lotId(int lotNumber) {
        return String.valueOf(lotNumber);
    }

    private static String partyId(String siret) {
        return ORGANISATION_SCHEME + "-" + siret;
    }

    private static Ocds.Value value(BigDecimal amount) {
        return amount == null ? null : new Ocds.Value(amount, CURRENCY);
    }
}
