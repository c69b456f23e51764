package org.essmarket.search.autocomplete.api;

import java.util.List;

import org.essmarket.search.autocomplete.application.Autocomplete;
import org.essmarket.search.autocomplete.domain.AutocompleteQuery;
import org.essmarket.search.autocomplete.domain.Suggestion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * {@code GET /api/v1/search/autocomplete}: suggestions while the user types, public like the
 * catalogue (anonymous callers welcome). Bad parameters get a 400 problem+json naming each one
 * (CatalogueProblems).
 */
@RestController
public class AutocompleteController {

    private final Autocomplete autocomplete;

    public AutocompleteController(Autocomplete autocomplete) {
        this.autocomplete = autocomplete;
    }

    @GetMapping("/api/v1/search/autocomplete")
    @Tag(name = "Autocomplete")
    @Operation(operationId = "autocomplete",
            summary = "Suggest suppliers, communes and CPV codes from the first letters typed",
            description = "The words typed are words of the name, in any order, the last one unfinished (communes "
                    + "and CPV labels: every word may be unfinished); accents, case and elided articles do not matter (\"vill\" → Villeurbanne, \"nettoy\" → Services de nettoyage). "
                    + "Without type, the three kinds share the answer. Suppliers are VERIFIED ones only.")
    public List<Suggestion> suggest(
            @Parameter(description = "What the user typed so far, 1 to 100 characters")
            @RequestParam(name = AutocompleteQuery.Q, required = false) String q,
            @Parameter(description = "supplier, commune or cpv (several allowed); all three when absent")
            @RequestParam(name = AutocompleteQuery.TYPE, required = false) List<String> type,
            @Parameter(description = "How many suggestions at most, 1 to 20 (default 8)")
            @RequestParam(name = AutocompleteQuery.SIZE, required = false) Integer size) {
        return autocomplete.suggest(AutocompleteQuery.from(q, type, size));
    }
}
