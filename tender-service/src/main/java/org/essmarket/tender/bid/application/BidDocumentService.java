package org.essmarket.tender.bid.application;

import java.util.List;

import org.essmarket.tender.document.application.DocumentService;
import org.essmarket.tender.document.application.DocumentUpload;
import org.essmarket.tender.document.domain.DocumentFile;
import org.essmarket.tender.document.domain.DocumentOwner;
import org.essmarket.tender.document.domain.StoredDocument;
import org.essmarket.tender.tender.application.Caller;
import org.springframework.stereotype.Service;

/**
 * A bid's documents (technical offer, price schedule, certificates): sealed like the bid itself —
 * its bidder adds them before the deadline and reads them; the buyer reads them after it.
 */
@Service
public class BidDocumentService {

    private final BidService bids;
    private final DocumentService documents;

    BidDocumentService(BidService bids, DocumentService documents) {
        this.bids = bids;
        this.documents = documents;
    }

    public StoredDocument uploadBidDocument(Caller caller, String tenderId, String bidId, DocumentUpload upload) {
        bids.findBidToComplete(caller, tenderId, bidId);
        return documents.storeDocument(DocumentOwner.bid(bidId), upload, caller.userId());
    }

    public List<StoredDocument> listBidDocuments(Caller caller, String tenderId, String bidId) {
        bids.findBid(caller, tenderId, bidId);
        return documents.listDocuments(DocumentOwner.bid(bidId));
    }

    public DocumentFile downloadBidDocument(Caller caller, String tenderId, String bidId, String documentId) {
        bids.findBid(caller, tenderId, bidId);
        return documents.openDocument(DocumentOwner.bid(bidId), documentId);
    }
}
