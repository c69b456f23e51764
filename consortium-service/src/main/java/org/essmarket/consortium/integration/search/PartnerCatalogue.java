package org.essmarket.consortium.integration.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.essmarket.consortium.consortium.domain.PartnerCandidate;
import org.essmarket.consortium.consortium.domain.PartnerFit;
import org.essmarket.consortium.consortium.domain.TargetLot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Candidates for a lot from search-service's catalogue: suppliers in the lot's CPV group, of an
 * eligible kind for a reserved lot. Empty when search-service cannot answer: suggestions are a help,
 * the workspace works without them.
 */
@Component
public class PartnerCatalogue {

    private static final Logger log = LoggerFactory.getLogger(PartnerCatalogue.class);
    /** Enough candidates to keep {@link PartnerFit#PER_LOT} after the range and membership filters. */
    private static final int CANDIDATES = 50;

    private final CatalogueClient catalogue;

    PartnerCatalogue(CatalogueClient catalogue) {
        this.catalogue = catalogue;
    }

    public Optional<List<PartnerCandidate>> candidatesFor(TargetLot lot) {
        try {
            List<String> kinds = lot.reservation().eligibleKinds().stream().sorted().toList();
            var page = catalogue.searchSuppliers(PartnerFit.cpvGroup(lot), kinds.isEmpty() ? null : kinds, CANDIDATES);
            return Optional.of(page.content() == null ? List.of() : page.content().stream().map(PartnerCatalogue::candidate).toList());
        } catch (RuntimeException failure) {
            log.warn("No partner suggestions for lot {}: search-service did not answer ({})", lot.number(), failure.toString());
            return Optional.empty();
        }
    }

    private static PartnerCandidate candidate(CatalogueClient.Hit hit) {
        List<PartnerCandidate.Activity> activities = hit.activities() == null ? List.of() : hit.activities().stream()
                .map(a -> new PartnerCandidate.Activity(a.cpvCodes(), a.range() == null ? null : a.range().kind(),
                        a.range() == null ? null : a.range().departments(), a.range() == null ? null : a.range().regions()))
                .toList();
        return new PartnerCandidate(hit.id(), hit.legalName(),
                hit.kinds() == null ? null : Set.copyOf(hit.kinds()), hit.department(), hit.region(), activities);
    }
}
