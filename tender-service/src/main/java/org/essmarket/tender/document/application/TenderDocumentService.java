package org.essmarket.tender.document.application;

import java.util.List;

import org.essmarket.tender.document.domain.DocumentFile;
import org.essmarket.tender.document.domain.DocumentOwner;
import org.essmarket.tender.document.domain.StoredDocument;
import org.essmarket.tender.document.domain.TenderDocumentRules;
import org.essmarket.tender.tender.application.Caller;
import org.essmarket.tender.tender.application.TenderService;
import org.essmarket.tender.tender.domain.Tender;
import org.springframework.stereotype.Service;

/**
 * A tender's documents (DCE): its buyer body writes them (see {@link TenderDocumentRules} for
 * when); whoever may see the tender reads them, so they are public once suppliers see the tender
 * and before that only its buyer body's and the facilitators'.
 */
@Service
public class TenderDocumentService {

    private final TenderService tenders;
    private final DocumentService documents;

    public TenderDocumentService(TenderService tenders, DocumentService documents) {
        this.tenders = tenders;
        this.documents = documents;
    }

    public StoredDocument uploadTenderDocument(Caller caller, String tenderId, DocumentUpload upload) {
        Tender tender = tenders.findOwnTender(caller, tenderId);
        TenderDocumentRules.requireDocumentsCanBeAdded(tender);
        return documents.storeDocument(DocumentOwner.tender(tender.id()), upload, caller.userId());
    }

    public List<StoredDocument> listTenderDocuments(Caller caller, String tenderId) {
        return documents.listDocuments(visibleTender(caller, tenderId));
    }

    public DocumentFile downloadTenderDocument(Caller caller, String tenderId, String documentId) {
        return documents.openDocument(visibleTender(caller, tenderId), documentId);
    }

    public void deleteTenderDocument(Caller caller, String tenderId, String documentId) {
        Tender tender = tenders.findOwnTender(caller, tenderId);
        TenderDocumentRules.requireDocumentsCanBeRemoved(tender);
        documents.removeDocument(DocumentOwner.tender(tender.id()), documentId);
    }

    private DocumentOwner visibleTender(Caller caller, String tenderId) {
        return DocumentOwner.tender(tenders.findTender(caller, tenderId).id());
    }
}
