package org.essmarket.search.index.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.essmarket.search.index.domain.ReindexRun;
import org.essmarket.search.index.persistence.ReindexStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search indices, each behind an alias ({@code suppliers} → {@code suppliers-v1}, {@code tenders}
 * → {@code tenders-v1}) so that a reindex can swap in a new index without downtime. Owners push
 * documents, and removals of documents search must no longer show, with their own version:
 * Elasticsearch's external versioning keeps an older push from overwriting a newer one. A removal
 * leaves a versioned tombstone, kept for the index's {@code gc_deletes} (an hour for tenders), so
 * that a late push of an older version does not bring the document back.
 *
 * <p>Indices are created at start-up when absent (and again on first use if Elasticsearch was not
 * reachable then). On an index that already exists, fields added to the settings file since it was
 * created are added to its mapping once per start (Elasticsearch accepts new fields on a live
 * index); documents indexed before that get them when they are pushed again or reindexed.
 */
@Service
public class SearchIndices {

    private static final Logger log = LoggerFactory.getLogger(SearchIndices.class);

    /** The document types we index, each with its settings file under {@code elasticsearch/}. */
    public static final Set<String> TYPES = Set.of("suppliers", "tenders");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ElasticsearchClient client;
    private final String replicas;
    private final List<IndexDocumentEnricher> enrichers;
    private final List<IndexedDocumentListener> listeners;
    /** Types whose index is known to exist with the current mapping, since this process started. */
    private final Set<String> upToDate = ConcurrentHashMap.newKeySet();
    /** Which index a reindex builds, whichever replica runs it: pushes are written there too. */
    private final ReindexStore reindexes;

    public SearchIndices(ElasticsearchClient client, @Value("${essmarket.search.replicas:0}") int replicas,
            ObjectProvider<IndexDocumentEnricher> enrichers, ObjectProvider<IndexedDocumentListener> listeners,
            ReindexStore reindexes) {
        this.client = client;
        this.replicas = Integer.toString(replicas);
        this.enrichers = enrichers.orderedStream().toList();
        this.listeners = listeners.orderedStream().toList();
        this.reindexes = reindexes;
    }

    /** Creates the missing indices when the app is ready; if Elasticsearch is down, first use will. */
    @EventListener(ApplicationReadyEvent.class)
    public void createIndicesAtStartUp() {
        for (String type : TYPES) {
            try {
                ensureIndex(type);
            } catch (IOException | RuntimeException e) {
                log.warn("could not prepare index {} at start-up ({}); it will be prepared on first use", type,
                        e.toString());
            }
        }
    }

    public enum Outcome {
        INDEXED,
        /** Removed, or already absent: a tombstone of this version keeps older pushes out. */
        REMOVED,
        /** Search already holds this version or a newer one. */
        ALREADY_NEWER,
        /** Not indexed (only in bulk answers): the owner keeps it pending and pushes it again. */
        FAILED
    }

    /** One owner's document with the version it is indexed under; a removal when {@code document} is null. */
    public record VersionedDocument(String id, long version, Map<String, Object> document) {

        public static VersionedDocument removal(String id, long version) {
            return new VersionedDocument(id, version, null);
        }

        public boolean removes() {
            return document == null;
        }
    }

    /** What became of one document of a bulk push. */
    public record Result(String id, long version, Outcome outcome) {
    }

    public Outcome index(String type, String id, long version, Map<String, Object> document) throws IOException {
        ensureIndex(type);
        String reindexTarget = reindexTarget(type);
        Map<String, Object> toIndex = enrich(type, document);
        Outcome outcome = versioned(() -> client.index(request -> request.index(type).id(id).version(version)
                .versionType(VersionType.External).refresh(Refresh.WaitFor).document(toIndex)), Outcome.INDEXED);
        tellListeners(type, id, version, document);
        copyToReindexTargetOrFail(type, reindexTarget, new VersionedDocument(id, version, document));
        return outcome;
    }

    /**
     * After the write succeeded or found the version already held: a repeated push is how an owner
     * retries after a failed answer, so listeners hear of it again and keep what they record
     * idempotent. A listener that fails fails the push (the owner pushes again) rather than letting
     * the owner believe done what was not recorded.
     *
     * <p>Writes wait for Elasticsearch's refresh before the listeners run: a listener reads the other
     * index (a tender's alerts read the suppliers, a supplier's the open tenders), and of two pushes
     * that cross — a supplier verified as a tender is published — the later reader must see the
     * earlier write, or neither side would tell anyone.
     */
    private void tellListeners(String type, String id, long version, Map<String, Object> document) {
        for (IndexedDocumentListener listener : listeners) {
            listener.indexed(type, id, version, document);
        }
    }

    /**
     * A bulk item whose listener failed is answered as failed, so the owner pushes it again. A store
     * a listener cannot reach fails the whole push instead: search is away for every document, and the
     * owner keeps them pending until it is back rather than setting them aside one by one.
     */
    private boolean toldListeners(String type, VersionedDocument document) {
        try {
            tellListeners(type, document.id(), document.version(), document.document());
            return true;
        } catch (DataAccessResourceFailureException storeAway) {
            throw storeAway;
        } catch (RuntimeException e) {
            log.warn("{} {} v{} is indexed but what follows from it could not be recorded: {}", type, document.id(),
                    document.version(), e.toString(), e);
            return false;
        }
    }

    /** Removes a document unless search holds a newer version of it; removing an absent one counts as done. */
    public Outcome remove(String type, String id, long version) throws IOException {
        ensureIndex(type);
        String reindexTarget = reindexTarget(type);
        Outcome outcome = versioned(() -> client.delete(request -> request.index(type).id(id).version(version)
                .versionType(VersionType.External)), Outcome.REMOVED);
        copyToReindexTargetOrFail(type, reindexTarget, VersionedDocument.removal(id, version));
        return outcome;
    }

    private interface ElasticsearchCall {
        void run() throws IOException;
    }

    private static Outcome versioned(ElasticsearchCall call, Outcome done) throws IOException {
        try {
            call.run();
            return done;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return Outcome.ALREADY_NEWER;
            }
            throw e;
        }
    }

    /**
     * Indexes or removes many documents in one request; each is indexed, removed, found already
     * newer, or failed on its own.
     */
    public List<Result> indexAll(String type, List<VersionedDocument> documents) throws IOException {
        ensureIndex(type);
        if (documents.isEmpty()) {
            return List.of();
        }
        String reindexTarget = reindexTarget(type);
        BulkResponse response = bulk(type, type, documents, Refresh.WaitFor);
        Set<String> notCopied = copyToReindexTarget(type, reindexTarget, documents);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            var item = response.items().get(i);
            Outcome outcome = item.error() == null ? (documents.get(i).removes() ? Outcome.REMOVED : Outcome.INDEXED)
                    : item.status() == 409 ? Outcome.ALREADY_NEWER : Outcome.FAILED;
            if (outcome == Outcome.FAILED) {
                log.warn("could not index {} {}: {}", type, item.id(), item.error().reason());
            }
            VersionedDocument document = documents.get(i);
            boolean held = outcome == Outcome.INDEXED || outcome == Outcome.ALREADY_NEWER;
            if (notCopied.contains(document.id()) || held && !document.removes() && !toldListeners(type, document)) {
                outcome = Outcome.FAILED;
            }
            results.add(new Result(document.id(), document.version(), outcome));
        }
        return results;
    }

    /** One bulk request of versioned writes and removals of documents of {@code type} into {@code index}. */
    private BulkResponse bulk(String type, String index, List<VersionedDocument> documents, Refresh refresh)
            throws IOException {
        return client.bulk(bulk -> {
            bulk.refresh(refresh);
            for (VersionedDocument document : documents) {
                if (document.removes()) {
                    bulk.operations(operation -> operation.delete(delete -> delete.index(index).id(document.id())
                            .version(document.version()).versionType(VersionType.External)));
                } else {
                    Map<String, Object> toIndex = enrich(type, document.document());
                    bulk.operations(operation -> operation.index(write -> write.index(index).id(document.id())
                            .version(document.version()).versionType(VersionType.External).document(toIndex)));
                }
            }
            return bulk;
        });
    }

    /**
     * Writes owners' documents into a new index a reindex is building (not behind the alias yet);
     * listeners are not told: nothing changed for users. A version the index already holds or has
     * passed counts as done, like a push.
     *
     * @return the ids of the documents that could not be written
     */
    Set<String> copyInto(String type, String index, List<VersionedDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return Set.of();
        }
        BulkResponse response = bulk(type, index, documents, Refresh.False);
        Set<String> failed = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            var item = response.items().get(i);
            if (item.error() != null && item.status() != 409) {
                failed.add(documents.get(i).id());
            }
        }
        return failed;
    }

    /**
     * The index a reindex builds, on whichever replica it runs, or null. Read before a push is
     * written under the alias: a push that finds none is either in the owner's feed the next reindex
     * reads, or written after the swap (the alias then names the new index); one that finds it is
     * written to both, even if the swap happens in between — a removal too, which the new index
     * would otherwise bring back from a feed page read before it.
     */
    private String reindexTarget(String type) {
        return reindexes.find(type).map(ReindexRun::indexCopyingPushes).orElse(null);
    }

    /**
     * A push that arrives while a reindex builds a new index is copied there too, so the swap loses
     * none of it; the versions make the order of the copy and the feed's pages irrelevant. What
     * could not be copied is answered as failed, so the owner pushes it again.
     *
     * @return the ids that could not be copied
     */
    private Set<String> copyToReindexTarget(String type, String target, List<VersionedDocument> documents) {
        if (target == null) {
            return Set.of();
        }
        try {
            return copyInto(type, target, documents);
        } catch (IOException | RuntimeException e) {
            log.warn("pushed {} could not be copied into {}, which a reindex builds: {}", type, target, e.toString());
            return documents.stream().map(VersionedDocument::id).collect(Collectors.toSet());
        }
    }

    /** A one-document push fails as a whole when its copy does. */
    private void copyToReindexTargetOrFail(String type, String target, VersionedDocument document)
            throws IOException {
        if (!copyToReindexTarget(type, target, List.of(document)).isEmpty()) {
            throw new IOException("the push could not be copied into the index a reindex builds");
        }
    }

    /**
     * Creates the next index of a type ({@code suppliers-v2} after {@code suppliers-v1}), not yet
     * behind the alias, after deleting the type's indices the alias is not on: those left by a
     * reindex that failed, or whose replica died. Called by the reindex that holds the type's claim.
     */
    String createNextIndex(String type) throws IOException {
        ensureIndex(type);
        Set<String> live = client.indices().getAlias(alias -> alias.name(type)).aliases().keySet();
        for (String index : client.indices().get(get -> get.index(type + "-v*")).indices().keySet()) {
            if (!live.contains(index)) {
                log.info("deleting {}, left by a reindex that did not finish", index);
                deleteIndex(index);
            }
        }
        int current = live.stream().map(name -> name.replaceAll(".*-v(\\d+)$", "$1"))
                .filter(number -> number.matches("\\d+")).mapToInt(Integer::parseInt).max().orElse(1);
        String index = type + "-v" + (current + 1);
        createIndex(type, index);
        return index;
    }

    /** Puts the alias on {@code index} in one atomic step and deletes the indices it left. */
    void swapAlias(String type, String index) throws IOException {
        client.indices().refresh(refresh -> refresh.index(index));
        Set<String> previous = client.indices().getAlias(alias -> alias.name(type)).aliases().keySet();
        client.indices().updateAliases(update -> {
            previous.forEach(old -> update.actions(action -> action.remove(remove -> remove.index(old).alias(type))));
            return update.actions(action -> action.add(add -> add.index(index).alias(type)));
        });
        for (String old : previous) {
            if (!old.equals(index)) {
                client.indices().delete(delete -> delete.index(old));
            }
        }
        log.info("alias {} now on {} (was on {})", type, index, previous);
    }

    void deleteIndex(String index) throws IOException {
        client.indices().delete(delete -> delete.index(index).ignoreUnavailable(true));
    }

    private Map<String, Object> enrich(String type, Map<String, Object> document) {
        Map<String, Object> enriched = document;
        for (IndexDocumentEnricher enricher : enrichers) {
            if (enricher.type().equals(type)) {
                enriched = enricher.enrich(enriched);
            }
        }
        return enriched;
    }

    /** Creates {@code <type>-v1} with its settings and the alias {@code <type>} when the alias does not exist. */
    public synchronized void ensureIndex(String type) throws IOException {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown index type " + type);
        }
        if (client.indices().existsAlias(alias -> alias.name(type)).value()) {
            if (!upToDate.contains(type)) {
                addNewFields(type);
                upToDate.add(type);
            }
            return;
        }
        String index = type + "-v1";
        createIndex(type, index);
        client.indices().putAlias(alias -> alias.index(index).name(type));
        upToDate.add(type);
        log.info("created index {} behind alias {} ({} replicas)", index, type, replicas);
    }

    private void createIndex(String type, String index) throws IOException {
        try (InputStream settings = getClass().getResourceAsStream("/elasticsearch/" + type + "-index.json")) {
            if (settings == null) {
                throw new UncheckedIOException(new IOException("no settings for index type " + type));
            }
            client.indices().create(create -> create.index(index).withJson(settings));
        }
        client.indices().putSettings(put -> put.index(index).settings(s -> s.numberOfReplicas(replicas)));
    }

    /**
     * Puts each field of the settings file's mapping on the live index: new fields are added,
     * unchanged ones are accepted as they are. A field Elasticsearch refuses (changed type or
     * analyzer, or an analyzer the index lacks) needs the index rebuilt; it is logged and skipped.
     */
    private void addNewFields(String type) throws IOException {
        JsonNode properties;
        try (InputStream settings = getClass().getResourceAsStream("/elasticsearch/" + type + "-index.json")) {
            if (settings == null) {
                throw new UncheckedIOException(new IOException("no settings for index type " + type));
            }
            properties = JSON.readTree(settings).path("mappings").path("properties");
        }
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            String mapping = "{\"properties\":{" + JSON.writeValueAsString(field.getKey()) + ":" + field.getValue() + "}}";
            try {
                client.indices().putMapping(put -> put.index(type).withJson(new StringReader(mapping)));
            } catch (ElasticsearchException e) {
                log.warn("index {}: field {} differs from the settings file and needs the index rebuilt "
                        + "(reindex, or delete the index and push the documents again): {}", type, field.getKey(),
                        e.getMessage());
            }
        }
    }
}
