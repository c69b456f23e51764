package org.essmarket.tender.opendata.application;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.essmarket.tender.bid.domain.Bid;
import org.essmarket.tender.bid.persistence.BidStore;
import org.essmarket.tender.reference.domain.ReferenceCodes;
import org.essmarket.tender.tender.application.Caller;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.Tender;
import org.springframework.stereotype.Service;

/** The open data of a tender (DESIGN.md §3 "Open data"), for whoever may see the tender. */
@Service
public class OpenDataService {

    private final TenderService tenders;
    private final BidStore bids;
    private final OcdsMapper mapper;
    private final Clock clock;

    public OpenDataService(TenderService tenders, BidStore bids, ReferenceCodes codes, Clock clock) {
        this.tenders = tenders;
        this.bids = bids;
        this.mapper = new OcdsMapper(codes);
        this.clock = clock;
    }

    /** The tender as an OCDS release package published at {@code uri}; not found if the caller may not see it. */
    public Ocds.ReleasePackage ocdsReleasePackage(Caller caller, String tenderId, URI uri) {
        Tender tender = tenders.findTender(caller, tenderId);
        List<Bid> tenderBids = bids.onTender(tender.id()); // the mapper publishes them only after the deadline
        return mapper.releasePackage(tender, tenderBids, uri, clock.instant());
    }
}
