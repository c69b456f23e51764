package org.essmarket.search.catalogue.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.essmarket.search.catalogue.domain.Commune;
import org.essmarket.search.catalogue.domain.CpvVocabulary;
import org.essmarket.search.catalogue.domain.GeoPoint;
import org.essmarket.search.catalogue.domain.Territories;
import org.essmarket.search.catalogue.domain.TerritoryCentres;
import org.springframework.stereotype.Component;

/**
 * The reference data search needs, read once from the service's own resources
 * ({@code /reference/}, see ATTRIBUTION.md there): regions and departments with their centroids,
 * CPV 2008 labels, communes.
 */
@Component
public class CatalogueReferenceData {

    /** What follows the city's name in an arrondissement's: "Paris 1er Arrondissement", "Lyon 2e Arrondissement". */
    private static final Pattern ARRONDISSEMENT = Pattern.compile(" \\d+(?:er|e) Arrondissement$");

    private final Territories territories;
    private final CpvVocabulary cpv;
    private final TerritoryCentres centres;
    private final List<Commune> communes;

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

        this.cpv = new CpvVocabulary(labels);
        this.centres = new TerritoryCentres(departmentCentres, regionCentres);
        this.communes = readCommunes();
        this.territories = new Territories(regions, departments, communes);
    }

    /**
     * The communes, and Paris, Lyon and Marseille, which INSEE lists only as their municipal
     * arrondissements ({@code ARM} rows naming their city in {@code insee_parente}): each city is
     * made of its arrondissements, "Paris 1er Arrondissement" → "Paris", their populations summed.
     */
    private static List<Commune> readCommunes() {
        List<Commune> communes = new ArrayList<>();
        Map<String, List<Commune>> arrondissements = new LinkedHashMap<>();
        read("/reference/communes.csv", row -> {
            Commune commune = new Commune(row.get("insee_com"), row.get("commune_article"), row.get("insee_dep"),
                    Long.parseLong(row.get("population_2021")), centre(row).orElse(null));
            communes.add(commune);
            if ("ARM".equals(row.get("commune_type"))) {
                arrondissements.computeIfAbsent(row.get("insee_parente"), city -> new ArrayList<>()).add(commune);
            }
        });
        arrondissements.forEach((code, parts) -> communes.add(city(code, parts)));
        return List.copyOf(communes);
    }

    /** A city made of its arrondissements: their name without the number, population summed, centre averaged. */
    private static Commune city(String code, List<Commune> arrondissements) {
        Commune first = arrondissements.get(0);
        List<GeoPoint> points = arrondissements.stream().map(Commune::location).filter(Objects::nonNull).toList();
        GeoPoint centre = points.isEmpty() ? null
                : new GeoPoint(points.stream().mapToDouble(GeoPoint::lat).average().orElseThrow(),
                        points.stream().mapToDouble(GeoPoint::lon).average().orElseThrow());
        return new Commune(code, ARRONDISSEMENT.matcher(first.name()).replaceFirst(""), first.departmentCode(),
                arrondissements.stream().mapToLong(Commune::population).sum(), centre);
    }

    /** Every commune of France (COG 2024), arrondissements of Paris, Lyon and Marseille included. */
    public List<Commune> communes() {
        return communes;
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
