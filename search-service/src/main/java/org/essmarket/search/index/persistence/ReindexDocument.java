package org.essmarket.search.index.persistence;

import java.time.Instant;

import org.essmarket.search.index.domain.ReindexRun;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The last reindex of an index type, in the {@code reindexes} collection: one document per type. */
@Document("reindexes")
public record ReindexDocument(
        @Id String type,
        String index,
        ReindexRun.State state,
        String owner,
        Instant leaseUntil,
        long indexed,
        long total,
        Instant startedAt,
        Instant finishedAt,
        String failure) {

    ReindexRun toRun() {
        return new ReindexRun(type, index, state, owner, leaseUntil, indexed, total, startedAt, finishedAt, failure);
    }
}
