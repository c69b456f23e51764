package org.essmarket.tender.document.api;

import java.net.URI;
import java.util.List;

import org.essmarket.tender.document.application.TenderDocumentService;
import org.essmarket.tender.document.domain.StoredDocument;
import org.essmarket.tender.tender.api.Callers;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A tender's documents (DCE): the buyer uploads and deletes, whoever sees the tender lists and downloads. */
@RestController
@RequestMapping("/api/v1/tenders/{tenderId}/documents")
class TenderDocumentController {

    private final TenderDocumentService documents;

    TenderDocumentController(TenderDocumentService documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentResponse> uploadTenderDocument(@PathVariable String tenderId,
            @RequestPart("file") MultipartFile file, Authentication user) {
        StoredDocument document = documents.uploadTenderDocument(Callers.of(user), tenderId, DocumentHttp.upload(file));
        return ResponseEntity.created(URI.create("/api/v1/tenders/" + tenderId + "/documents/" + document.id()))
                .body(DocumentResponse.of(document));
    }

    @GetMapping
    List<DocumentResponse> listTenderDocuments(@PathVariable String tenderId, Authentication user) {
        return documents.listTenderDocuments(Callers.of(user), tenderId).stream().map(DocumentResponse::of).toList();
    }

    @GetMapping("/{documentId}")
    ResponseEntity<InputStreamResource> downloadTenderDocument(@PathVariable String tenderId,
            @PathVariable String documentId, Authentication user) {
        return DocumentHttp.download(documents.downloadTenderDocument(Callers.of(user), tenderId, documentId));
    }

    @DeleteMapping("/{documentId}")
    ResponseEntity<Void> deleteTenderDocument(@PathVariable String tenderId, @PathVariable String documentId,
            Authentication user) {
        documents.deleteTenderDocument(Callers.of(user), tenderId, documentId);
        return ResponseEntity.noContent().build();
    }
}
