package org.essmarket.search.index.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.essmarket.platform.web.Problems;
import org.essmarket.search.index.application.SearchIndices;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code PUT /internal/index/{type}/{id}} (service accounts): an owning service pushes a document
 * with its version (DESIGN.md §4); {@code DELETE /internal/index/{type}/{id}?version=} removes one
 * search must no longer show (a cancelled tender). Answers 200 whether the version was applied or
 * search already had a newer one: both count as done for the owner's relay. A document whose alert
 * work could not be recorded is not done (a 500, or {@code FAILED} in a bulk answer): the owner
 * pushes it again, and search records the work then, though Elasticsearch already holds the version.
 * While Elasticsearch cannot be reached the answer is a 503: the owner keeps the push pending and retries.
 */
@RestController
class InternalIndexController {

    private final SearchIndices indices;

    InternalIndexController(SearchIndices indices) {
        this.indices = indices;
    }

    record IndexRequest(@NotNull @Min(0) Long version, @NotNull Map<String, Object> document) {
    }

    record IndexResult(String id, long version, SearchIndices.Outcome outcome) {
    }

    record BulkRequest(@NotNull @Size(max = 500) List<@Valid Entry> documents) {
        /** A document to index, or with {@code removed: true} and no document, one to remove. */
        record Entry(@NotBlank String id, @NotNull @Min(0) Long version, Map<String, Object> document,
                Boolean removed) {

            @AssertTrue(message = "give either a document or removed: true")
            boolean isDocumentOrRemoval() {
                return (document != null) != Boolean.TRUE.equals(removed);
            }

            SearchIndices.VersionedDocument toVersioned() {
                return document == null ? SearchIndices.VersionedDocument.removal(id, version)
                        : new SearchIndices.VersionedDocument(id, version, document);
            }
        }
    }

    record BulkResult(List<SearchIndices.Result> results) {
    }

    /** Many documents at once (at most 500): what the owners' relays use; each item has its own outcome. */
    @PostMapping("/internal/index/{type}")
    Object indexAll(@PathVariable String type, @Valid @RequestBody BulkRequest request) throws IOException {
        if (!SearchIndices.TYPES.contains(type)) {
            return Problems.of(HttpStatus.NOT_FOUND, "No index type " + type, "/internal/index/" + type);
        }
        return new BulkResult(indices.indexAll(type, request.documents().stream()
                .map(BulkRequest.Entry::toVersioned).toList()));
    }

    @PutMapping("/internal/index/{type}/{id}")
    Object index(@PathVariable String type, @PathVariable String id, @Valid @RequestBody IndexRequest request)
            throws IOException {
        if (!SearchIndices.TYPES.contains(type)) {
            return Problems.of(HttpStatus.NOT_FOUND, "No index type " + type, "/internal/index/" + type + "/" + id);
        }
        return new IndexResult(id, request.version(), indices.index(type, id, request.version(), request.document()));
    }

    @DeleteMapping("/internal/index/{type}/{id}")
    Object remove(@PathVariable String type, @PathVariable String id, @RequestParam @Min(0) long version)
            throws IOException {
        if (!SearchIndices.TYPES.contains(type)) {
            return Problems.of(HttpStatus.NOT_FOUND, "No index type " + type, "/internal/index/" + type + "/" + id);
        }
        return new IndexResult(id, version, indices.remove(type, id, version));
    }

    /** Elasticsearch down or restarting: nothing was indexed, the owner's relay retries. */
    @ExceptionHandler(IOException.class)
    ResponseEntity<ProblemDetail> elasticsearchUnavailable(IOException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "The search index is unavailable, try again shortly",
                        request.getRequestURI()));
    }
}
