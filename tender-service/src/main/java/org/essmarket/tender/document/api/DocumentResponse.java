package org.essmarket.tender.document.api;

import java.time.Instant;

import org.essmarket.tender.document.domain.StoredDocument;

/** A document as clients list it. Who uploaded it (a user id) stays on the server. */
public record DocumentResponse(String id, String fileName, String contentType, long size, Instant uploadedAt,
        String sha256) {

    public static DocumentResponse of(StoredDocument document) {
        return new DocumentResponse(document.id(), document.fileName(), document.contentType(), document.size(),
                document.uploadedAt(), document.sha256());
    }
}
