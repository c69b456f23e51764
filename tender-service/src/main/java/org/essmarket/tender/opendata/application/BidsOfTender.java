package org.essmarket.tender.opendata.application;

import java.util.List;

import org.essmarket.tender.bid.domain.Bid;

/**
 * Every bid made on a tender, whatever its status, for the open-data export (which decides what
 * of them may be published). Implemented where bids are stored; until then the export publishes
 * the tender without bids.
 */
public interface BidsOfTender {

    List<Bid> bidsOf(String tenderId);
}
