package org.essmarket.tender.bid.api;

import java.net.URI;
import java.util.List;

import org.essmarket.tender.bid.application.BidDocumentService;
import org.essmarket.tender.document.api.DocumentHttp;
import org.essmarket.tender.document.api.DocumentResponse;
import org.essmarket.tender.document.domain.StoredDocument;
import org.essmarket.tender.tender.api.Callers;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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

/** A bid's documents, sealed like the bid (same content checks and limits as tender documents). */
@RestController
@RequestMapping("/api/v1/tenders/{tenderId}/bids/{bidId}/documents")
class BidDocumentController {

    private final BidDocumentService documents;

    BidDocumentController(BidDocumentService documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Tag(name = "Documents")
    @Operation(operationId = "uploadBidDocument", summary = "Attach a document to a bid (its tenderers, before the "
            + "deadline)")
    @ApiResponse(responseCode = "201", description = "Stored")
    ResponseEntity<DocumentResponse> uploadBidDocument(@PathVariable String tenderId, @PathVariable String bidId,
            @RequestPart("file") MultipartFile file, Authentication user) {
        StoredDocument document = documents.uploadBidDocument(Callers.of(user), tenderId, bidId, DocumentHttp.upload(file));
        return ResponseEntity.created(URI.create("/api/v1/tenders/" + tenderId + "/bids/" + bidId + "/documents/"
                + document.id())).body(DocumentResponse.of(document));
    }

    @GetMapping
    @Tag(name = "Documents")
    @Operation(operationId = "listBidDocuments", summary = "A bid's documents (its tenderers; the owner buyer after "
            + "the deadline)")
    List<DocumentResponse> listBidDocuments(@PathVariable String tenderId, @PathVariable String bidId,
            Authentication user) {
        return documents.listBidDocuments(Callers.of(user), tenderId, bidId).stream().map(DocumentResponse::of).toList();
    }

    @GetMapping("/{documentId}")
    @Tag(name = "Documents")
    @Operation(operationId = "downloadBidDocument", summary = "Download a bid's document")
    ResponseEntity<InputStreamResource> downloadBidDocument(@PathVariable String tenderId, @PathVariable String bidId,
            @PathVariable String documentId, Authentication user) {
        return DocumentHttp.download(documents.downloadBidDocument(Callers.of(user), tenderId, bidId, documentId));
    }
}
