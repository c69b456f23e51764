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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A tender's documents (DCE): the buyer uploads and deletes, whoever sees the tender lists and downloads. */
@RestController
@RequestMapping("/api/v1/tenders/{tenderId}/documents")
class TenderDocumentController {

    private final TenderDocumentService documents;

    TenderDocumentController(TenderDocumentService documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Tag(name = "Documents")
    @Operation(operationId = "uploadTenderDocument", summary = "Attach a document to the tender (owner buyer)")
    @ApiResponse(responseCode = "201", description = "Stored")
    ResponseEntity<DocumentResponse> uploadTenderDocument(@PathVariable String tenderId,
            @RequestPart("file") MultipartFile file, Authentication user) {
        StoredDocument document = documents.uploadTenderDocument(Callers.of(user), tenderId, DocumentHttp.upload(file));
        return ResponseEntity.created(URI.create("/api/v1/tenders/" + tenderId + "/documents/" + document.id()))
                .body(DocumentResponse.of(document));
    }

    @GetMapping
    @Tag(name = "Documents")
    @Operation(operationId = "listTenderDocuments", summary = "The tender's documents (whoever may see the tender)")
    List<DocumentResponse> listTenderDocuments(@PathVariable String tenderId, Authentication user) {
        return documents.listTenderDocuments(Callers.of(user), tenderId).stream().map(DocumentResponse::of).toList();
    }

    @GetMapping("/{documentId}")
    @Tag(name = "Documents")
    @Operation(operationId = "downloadTenderDocument", summary = "Download one of the tender's documents")
    ResponseEntity<InputStreamResource> downloadTenderDocument(@PathVariable String tenderId,
            @PathVariable String documentId, Authentication user) {
        return DocumentHttp.download(documents.downloadTenderDocument(Callers.of(user), tenderId, documentId));
    }

    @DeleteMapping("/{documentId}")
    @Tag(name = "Documents")
    @Operation(operationId = "deleteTenderDocument", summary = "Remove a document while the tender can be edited "
            + "(owner buyer)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> deleteTenderDocument(@PathVariable String tenderId, @PathVariable String documentId,
            Authentication user) {
        documents.deleteTenderDocument(Callers.of(user), tenderId, documentId);
        return ResponseEntity.noContent().build();
    }
}
