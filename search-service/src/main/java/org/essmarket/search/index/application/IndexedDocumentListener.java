package org.essmarket.search.index.application;

import java.util.Map;

/**
 * Told, in the owner's push, of each version of a document search now holds: one it has just
 * indexed, and one it already held or had passed (the owner pushing again because an earlier answer
 * failed, possibly after this listener did). What follows from a document changing (tender alerts)
 * hangs here, not in the index. A listener records what it must do durably and quickly: if it
 * throws, that document's push fails and the owner pushes it again (a bulk push fails as a whole
 * when the listener's store is unreachable, {@code DataAccessResourceFailureException}).
 */
public interface IndexedDocumentListener {

    /** @param document the owner's document as pushed (without search's computed fields) */
    void indexed(String type, String id, long version, Map<String, Object> document);
}
