package org.essmarket.search.catalogue.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.essmarket.search.catalogue.domain.CpvVocabulary;
import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.catalogue.domain.Territories;
import org.essmarket.search.catalogue.domain.TerritoryCentres;
import org.springframework.stereotype.Component;

/**
 * The reference data search needs, read once from the service's own resources
 * ({@code /reference/}, see ATTRIBUTION.md there): regions and departments with their centroids,
 * CPV 2008 labels.
 */
@Component
public class CatalogueReferenceData {

    private final Territories territories;
    private final CpvVocabulary cpv;
    private final TerritoryCentres centres;

    public CatalogueReferenceData() {
        List<Territories.Region> regions = new ArrayList<>();
        Map<String, GeoPoint> regionCentres = new HashMap<>();
        read("/reference/regions.csv", row -> {
            regions.add(new Territories.Region(row.get("insee_reg"), row.get("region")));
            centre(row).ifPresent(centre -> regionCentres.put(row.get("insee_reg"), centre));
        });
        List<Territories.Department> departments = new ArrayList<>();
        Map<String, GeoPoint> departmentCentres = new HashMap<>();
        read("/reference/departements.csv", row -> {
            departments.add(new Territories.Department(row.get("insee_dep"), row.get("departement"), row.get("insee_reg")));
            centre(row).ifPresent(centre -> departmentCentres.put(row.get("insee_dep"), centre));
        });
        Map<String, String> labels = new HashMap<>();
        read("/reference/cpv-2008.csv", row -> labels.put(row.get("code").split("-")[0].trim(), row.get("label_fr")));
        this.territories = new Territories(regions, departments);
        this.cpv = new CpvVocabulary(labels);
        this.centres = new TerritoryCentres(departmentCentres, regionCentres);
    }

    /** The centroids of departments and regions, for distances to a place known only by them. */
    public TerritoryCentres centres() {
        return centres;
    }

    /** A row's centroid ({@code lat}, {@code lng} columns); empty when the row has none. */
    private static Optional<GeoPoint> centre(CSVRecord row) {
        try {
            return Optional.of(new GeoPoint(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lng"))));
        } catch (IllegalArgumentException missingOrOutOfRange) {
            return Optional.empty();
        }
    }

    public Territories territories() {
        return territories;
    }

    public CpvVocabulary cpv() {
        return cpv;
    }

    private static void read(String resource, Consumer<CSVRecord> row) {
        try (InputStream in = CatalogueReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the service's resources");
            }
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                parser.forEach(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
