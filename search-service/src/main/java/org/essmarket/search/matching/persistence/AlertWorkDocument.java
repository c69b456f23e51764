package org.essmarket.search.matching.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Alerts due because search indexed a version of a document (the outbox of tender alerts), in the
 * {@code alert_work} collection: written in the owner's push before it is answered, removed once
 * the alerts are delivered.
 *
 * @param id {@code type:documentId:version}, so a version pushed again records no second piece of work
 * @param dueAt when it may be taken next: while someone works on it, when that claim lapses; after a
 *        failure, the end of its pause
 * @param attempts how often it was taken
 * @param lastError why the last attempt failed; null before any failure
 */
@Document("alert_work")
public record AlertWorkDocument(
        @Id String id,
        String type,
        String documentId,
        long version,
        @Indexed Instant dueAt,
        int attempts,
        String lastError,
        Instant recordedAt) {

    public static String idOf(String type, String documentId, long version) {
        return type + ":" + documentId + ":" + version;
    }
}
