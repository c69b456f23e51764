package org.essmarket.search.index.application;

import java.util.Map;

/**
 * Adds fields that search computes from an owner's document before it is indexed (e.g. the CPV
 * divisions of a supplier's codes, for facets). The owner's fields are never changed or removed.
 */
public interface IndexDocumentEnricher {

    /** The document type this enricher applies to ({@code suppliers}). */
    String type();

    /** The document to index: {@code document} plus the computed fields. */
    Map<String, Object> enrich(Map<String, Object> document);
}
