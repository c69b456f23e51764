package org.essmarket.tender.document.application;

import java.time.Clock;
import java.util.List;

import org.essmarket.tender.document.domain.DocumentChecks;
import org.essmarket.tender.document.domain.DocumentFile;
import org.essmarket.tender.document.domain.DocumentOwner;
import org.essmarket.tender.document.domain.StoredDocument;
import org.essmarket.tender.document.persistence.DocumentStore;
import org.springframework.stereotype.Service;

/**
 * The documents of a tender or a bid, whatever owns them: every upload passes the same
 * {@link DocumentChecks} (type from the content, size limit). Who may read or change an owner's
 * documents is decided by the owner's use cases (e.g. {@link TenderDocumentService}) before they
 * call these.
 */
@Service
public class DocumentService {

    private final DocumentStore store;
    private final DocumentChecks checks;
    private final Clock clock;

    public DocumentService(DocumentStore store, DocumentChecks checks, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.clock = clock;
    }

    /** Stores an upload for its owner if it passes the checks; {@code uploadedBy} is the caller's user id. */
    public StoredDocument storeDocument(DocumentOwner owner, DocumentUpload upload, String uploadedBy) {
        StoredDocument accepted = checks.accept(owner, upload.fileName(), upload.content(), uploadedBy,
                clock.instant());
        return store.store(accepted, upload.content());
    }

    /** The owner's documents, oldest first. */
    public List<StoredDocument> listDocuments(DocumentOwner owner) {
        return store.findAll(owner);
    }

    /** One of the owner's documents with its bytes (the caller closes the stream). */
    public DocumentFile openDocument(DocumentOwner owner, String documentId) {
        return store.open(owner, documentId).orElseThrow(() -> new DocumentNotFound(documentId));
    }

    public void removeDocument(DocumentOwner owner, String documentId) {
        if (store.find(owner, documentId).isEmpty()) {
            throw new DocumentNotFound(documentId);
        }
        store.delete(owner, documentId);
    }
}
