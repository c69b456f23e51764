package org.essmarket.tender.document.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.essmarket.tender.document.application.DocumentUpload;
import org.essmarket.tender.document.domain.DocumentFile;
import org.essmarket.tender.document.domain.StoredDocument;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Documents in and out of HTTP, the same for every owner's endpoints (tender documents, bid documents). */
public final class DocumentHttp {

    private DocumentHttp() {
    }

    /** The multipart {@code file} part as an upload. */
    public static DocumentUpload upload(MultipartFile file) {
        try {
            return new DocumentUpload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    /**
     * A download as an attachment of the stored (detected) type, never rendered inline: a browser
     * saves it rather than running anything in it.
     */
    public static ResponseEntity<InputStreamResource> download(DocumentFile file) {
        StoredDocument document = file.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + document.sha256() + "\"")
                .body(new InputStreamResource(file.content()));
    }
}
