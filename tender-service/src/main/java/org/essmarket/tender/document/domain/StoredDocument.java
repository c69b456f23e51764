package org.essmarket.tender.document.domain;

import java.time.Instant;

/**
 * A stored document's description; its bytes are kept beside it.
 *
 * @param id null until stored
 * @param contentType the media type detected from the content, never the client's claim
 * @param uploadedBy the Keycloak subject of the uploader
 * @param sha256 hex digest of the content, for readers to check what they downloaded
 */
public record StoredDocument(String id, DocumentOwner owner, String fileName, String contentType, long size,
        String uploadedBy, Instant uploadedAt, String sha256) {

    public StoredDocument withId(String newId) {
        return new StoredDocument(newId, owner, fileName, contentType, size, uploadedBy, uploadedAt, sha256);
    }
}
