package org.essmarket.search.index.application;

import java.util.Map;

/**
 * Told of each document search has just indexed (a version newer than what it held), after the
 * write succeeded: what follows from a document changing (tender alerts) hangs here, not in the
 * index. A listener's failure is logged and does not fail the owner's push.
 */
public interface IndexedDocumentListener {

    /** @param document the owner's document as pushed (without search's computed fields) */
    void indexed(String type, String id, long version, Map<String, Object> document);
}
