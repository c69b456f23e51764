package org.essmarket.search.index.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;

/**
 * The search indices, each behind an alias ({@code suppliers} → {@code suppliers-v1}) so that a
 * reindex can swap in a new index without downtime. Owners push documents with their own version:
 * Elasticsearch's external versioning keeps an older push from overwriting a newer one.
 */
@Service
public class SearchIndices {

    private static final Logger log = LoggerFactory.getLogger(SearchIndices.class);

    /** The document types we index, each with its settings file under {@code elasticsearch/}. */
    public static final Set<String> TYPES = Set.of("suppliers");

    private final ElasticsearchClient client;
    private final String replicas;

    public SearchIndices(ElasticsearchClient client, @Value("${essmarket.search.replicas:0}") int replicas) {
        this.client = client;
        this.replicas = Integer.toString(replicas);
    }

    public enum Outcome {
        INDEXED,
        /** Search already holds this version or a newer one. */
        ALREADY_NEWER
    }

    public Outcome index(String type, String id, long version, Map<String, Object> document) throws IOException {
        ensureIndex(type);
        try {
            client.index(request -> request.index(type).id(id).version(version).versionType(VersionType.External)
                    .document(document));
            return Outcome.INDEXED;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return Outcome.ALREADY_NEWER;
            }
            throw e;
        }
    }

    /** Creates {@code <type>-v1} with its settings and the alias {@code <type>} when the alias does not exist. */
    public synchronized void ensureIndex(String type) throws IOException {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown index type " + type);
        }
        if (client.indices().existsAlias(alias -> alias.name(type)).value()) {
            return;
        }
        String index = type + "-v1";
        try (InputStream settings = getClass().getResourceAsStream("/elasticsearch/" + type + "-index.json")) {
            if (settings == null) {
                throw new UncheckedIOException(new IOException("no settings for index type " + type));
            }
            client.indices().create(create -> create.index(index).withJson(settings));
        }
        client.indices().putSettings(put -> put.index(index).settings(s -> s.numberOfReplicas(replicas)));
        client.indices().putAlias(alias -> alias.index(index).name(type));
        log.info("created index {} behind alias {} ({} replicas)", index, type, replicas);
    }
}
