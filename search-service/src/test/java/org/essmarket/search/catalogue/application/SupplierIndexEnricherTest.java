package org.essmarket.search.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What search adds to supplier-service's document, with the service's real reference data. */
class SupplierIndexEnricherTest {

    private final SupplierIndexEnricher enricher = new SupplierIndexEnricher(new CatalogueReferenceData());

    @Test
    void adds_cpv_divisions_and_the_words_a_supplier_is_found_by() {
        Map<String, Object> owners = Map.of("id", "s-1", "legalName", "FASTROAD IDF", "kinds", List.of("EA"),
                "cpvCodes", List.of("90910000", "77310000", "90911200"), "department", "93", "region", "11",
                "memberIds", List.of("user-1"), "status", "VERIFIED");

        Map<String, Object> indexed = enricher.enrich(owners);

        assertThat(indexed).containsAllEntriesOf(owners);
        assertThat(indexed.get("cpvDivisions")).isEqualTo(List.of("77", "90"));
        assertThat(indexed.get("searchText")).isEqualTo(List.of("FASTROAD IDF", "Entreprise adaptée",
                "Services de nettoyage", "Réalisation et entretien d'espaces verts",
                "Services de nettoyage de bâtiments", "Seine-Saint-Denis", "Île-de-France"));
    }

    @Test
    void adds_where_the_suppliers_activities_reach_across_all_of_them() {
        Map<String, Object> indexed = enricher.enrich(Map.of("id", "s-3", "activities", List.of(
                Map.of("range", Map.of("kind", "ZONES", "departments", List.of("69", "01"), "regions", List.of("84"))),
                Map.of("range", Map.of("kind", "RADIUS", "radiusKm", 40)),
                Map.of("range", Map.of("kind", "RADIUS", "radiusKm", 25)))));

        assertThat(indexed).containsEntry("reachCountry", false).containsEntry("reachDepartments", List.of("01", "69"))
                .containsEntry("reachRegions", List.of("84")).containsEntry("reachRadiusKm", 40);
        assertThat(enricher.enrich(Map.of("activities", List.of(Map.of("range", Map.of("kind", "COUNTRY"))))))
                .containsEntry("reachCountry", true);
    }

    @Test
    void copes_with_a_document_without_codes_or_place() {
        Map<String, Object> indexed = enricher.enrich(Map.of("id", "s-2", "legalName", "Atelier"));

        assertThat(indexed.get("cpvDivisions")).isEqualTo(List.of());
        assertThat(indexed.get("searchText")).isEqualTo(List.of("Atelier"));
    }

    @Test
    void reads_the_reference_data() {
        CatalogueReferenceData reference = new CatalogueReferenceData();

        assertThat(reference.cpv().size()).isEqualTo(9454);
        assertThat(reference.cpv().divisionLabel("90")).hasValueSatisfying(l -> assertThat(l).startsWith("Services d'évacuation"));
        assertThat(reference.territories().department("Seine-Saint-Denis")).isPresent();
        assertThat(reference.territories().region("Provence-Alpes-Côte d'Azur")).map(r -> r.code()).contains("93");
        assertThat(reference.territories().department("2B")).map(d -> d.name()).contains("Haute-Corse");
    }
}
