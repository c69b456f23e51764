package org.essmarket.tender.opendata.application;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.reference.domain.ReferenceCodes;
import org.essmarket.tender.tender.application.Caller;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.Tender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The open data of a tender (DESIGN.md §3 "Open data"), for whoever may see the tender. */
@Service
public class OpenDataService {

    private final TenderService tenders;
    private final ObjectProvider<BidsOfTender> bids;
    private final OcdsMapper mapper;
    private final Clock clock;

    /** @param bids where bids are stored; while no bean implements it, tenders are published without bids */
    public OpenDataService(TenderService tenders, ObjectProvider<BidsOfTender> bids, ReferenceCodes codes, Clock clock) {
        this.tenders = tenders;
        this.bids = bids;
        this.mapper = new OcdsMapper(codes);
        this.clock = clock;
    }

    /** The tender as an OCDS release package published at {@code uri}; not found if the caller may not see it. */
    public Ocds.ReleasePackage ocdsReleasePackage(Caller caller, String tenderId, URI uri) {
        Tender tender = tenders.findTender(caller, tenderId);
        List<Bid> tenderBids = bids.getIfAvailable(() -> id -> List.of()).bidsOf(tender.id());
        return mapper.releasePackage(tender, tenderBids, uri, clock.instant());
    }
}
