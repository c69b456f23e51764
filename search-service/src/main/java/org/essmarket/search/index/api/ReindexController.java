package org.essmarket.search.index.api;

import java.io.IOException;

import org.essmarket.platform.web.Problems;
import org.essmarket.search.index.application.ReindexProgress;
import org.essmarket.search.index.application.Reindexing;
import org.essmarket.search.index.application.SearchIndices;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/search/indices/{type}/reindex} (admins): rebuilds the {@code suppliers}
 * or {@code tenders} index from its owner's feed and swaps it in without downtime; answers 202 at
 * once, or 409 while one runs, started on any replica. {@code GET} on the same path follows its
 * progress (counts, rate, state), the same on every replica.
 */
@RestController
class ReindexController {

    private static final String PATH = "/api/v1/search/indices/{type}/reindex";

    private final Reindexing reindexing;

    ReindexController(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    @PostMapping(PATH)
    @Tag(name = "Indices")
    @Operation(operationId = "startReindex", summary = "Rebuild an index (suppliers or tenders) from its owning "
            + "service (admins)")
    @ApiResponse(responseCode = "202", description = "Started: follow it with GET on this path",
            content = @Content(schema = @Schema(implementation = ReindexProgress.class)))
    ResponseEntity<?> reindex(@PathVariable String type) throws IOException {
        if (!SearchIndices.TYPES.contains(type)) {
            return unknownType(type);
        }
        try {
            return ResponseEntity.accepted().body(reindexing.start(type));
        } catch (Reindexing.AlreadyRunning e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                    e.getMessage() + "; follow it with GET on this path", instance(type)));
        }
    }

    @GetMapping(PATH)
    @Tag(name = "Indices")
    @Operation(operationId = "getReindexProgress", summary = "How far the last rebuild of an index went (admins)")
    @ApiResponse(responseCode = "200", description = "Its progress",
            content = @Content(schema = @Schema(implementation = ReindexProgress.class)))
    ResponseEntity<?> progress(@PathVariable String type) {
        if (!SearchIndices.TYPES.contains(type)) {
            return unknownType(type);
        }
        return reindexing.progressOf(type).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                        "No reindex of " + type + " yet", instance(type))));
    }

    private static ResponseEntity<?> unknownType(String type) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "No index type " + type + "; the types are " + String.join(", ", SearchIndices.TYPES.stream().sorted().toList()),
                instance(type)));
    }

    private static String instance(String type) {
        return PATH.replace("{type}", type);
    }
}
