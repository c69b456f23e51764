package org.essmarket.search.savedsearch.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.essmarket.search.savedsearch.application.SavedSearches;
import org.essmarket.search.savedsearch.domain.SavedSearch;
import org.essmarket.search.savedsearch.domain.SearchCriteria;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/search/saved-searches} (signed-in users): a user saves tender searches, with the
 * tender search's criteria, and is alerted of each newly published tender one of them finds, in the
 * feed and by email if asked. Each user sees and deletes only its own.
 */
@RestController
@RequestMapping("/api/v1/search/saved-searches")
class SavedSearchController {

    private final SavedSearches savedSearches;

    SavedSearchController(SavedSearches savedSearches) {
        this.savedSearches = savedSearches;
    }

    /** A search to save: the tender search's parameters of the same names, a name, and whether to email. */
    record SaveSearchRequest(@NotBlank @Size(max = 100) String name, String q, List<String> cpvPrefix,
            List<String> department, List<String> region, List<String> reservation, Boolean emailAlerts) {
    }

    record SavedSearchView(String id, String name, SearchCriteria criteria, boolean emailAlerts, String alertEmail,
            Instant createdAt) {

        static SavedSearchView of(SavedSearch search) {
            return new SavedSearchView(search.id(), search.name(), search.criteria(), search.alertsByEmail(),
                    search.alertEmail(), search.createdAt());
        }
    }

    @PostMapping
    @Tag(name = "Saved searches")
    @Operation(operationId = "saveSearch", summary = "Save tender search criteria, optionally alerting by email "
            + "(signed-in users)")
    @ApiResponse(responseCode = "201", description = "Saved")
    ResponseEntity<SavedSearchView> saveSearch(@AuthenticationPrincipal Jwt user,
            @Valid @RequestBody SaveSearchRequest request) {
        SavedSearch saved = savedSearches.saveSearch(user.getSubject(), user.getClaimAsString("email"), request.name(),
                new SearchCriteria(request.q(), request.cpvPrefix(), request.department(), request.region(),
                        request.reservation()),
                Boolean.TRUE.equals(request.emailAlerts()));
        return ResponseEntity.created(URI.create("/api/v1/search/saved-searches/" + saved.id()))
                .body(SavedSearchView.of(saved));
    }

    @GetMapping
    @Tag(name = "Saved searches")
    @Operation(operationId = "listMySavedSearches", summary = "The caller's saved searches (signed-in users)")
    List<SavedSearchView> listMySavedSearches(@AuthenticationPrincipal Jwt user) {
        return savedSearches.listMySavedSearches(user.getSubject()).stream().map(SavedSearchView::of).toList();
    }

    /** Whether a saved search's alerts also go by email (to the caller's address, from its token). */
    record EmailAlertsRequest(@NotNull Boolean emailAlerts) {
    }

    @PutMapping("/{id}/email-alerts")
    @Tag(name = "Saved searches")
    @Operation(operationId = "setSavedSearchEmailAlerts", summary = "Turn a saved search's email alerts on or off "
            + "(its owner)")
    SavedSearchView setEmailAlerts(@AuthenticationPrincipal Jwt user, @PathVariable String id,
            @Valid @RequestBody EmailAlertsRequest request) {
        return SavedSearchView.of(savedSearches.setEmailAlerts(user.getSubject(), user.getClaimAsString("email"), id,
                request.emailAlerts()));
    }

    @DeleteMapping("/{id}")
    @Tag(name = "Saved searches")
    @Operation(operationId = "deleteSavedSearch", summary = "Delete a saved search (its owner)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> deleteSavedSearch(@AuthenticationPrincipal Jwt user, @PathVariable String id) {
        savedSearches.deleteSavedSearch(user.getSubject(), id);
        return ResponseEntity.noContent().build();
    }
}
