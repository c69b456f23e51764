package org.essmarket.supplier.seed.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.essmarket.supplier.reference.domain.Commune;
import org.essmarket.supplier.reference.domain.Department;
import org.essmarket.supplier.reference.domain.Geography;
import org.essmarket.supplier.seed.domain.NafToCpv;
import org.essmarket.supplier.supplier.domain.Activity;
import org.essmarket.supplier.supplier.domain.GeographicRange;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.essmarket.supplier.supplier.domain.Location;
import org.essmarket.supplier.supplier.domain.ProfileRules;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Imports the real SIAE structures shipped in {@code seed/siae-structures.csv} (from Le Marché de
 * l'inclusion, see ATTRIBUTION.md) into the directory. Idempotent: a structure whose SIRET is
 * already there is left as it is, so a second run changes nothing. Each structure is listed as
 * VERIFIED (its state approval is the check) with activities guessed from its NAF code
 * ({@link NafToCpv}, a heuristic) over its own department.
 */
@Service
public class SiaeImport {

    static final String RESOURCE = "/seed/siae-structures.csv";
    private static final String ACTOR = "siae-import";

    /** The outcome of one run; {@code rejected} says which rows were refused and why. */
    public record Report(int read, int imported, int alreadyPresent, List<String> rejected) {
    }

    private final SupplierStore suppliers;
    private final Geography geography;
    private final Clock clock;

    public SiaeImport(SupplierStore suppliers, Geography geography, Clock clock) {
        this.suppliers = suppliers;
        this.geography = geography;
        this.clock = clock;
    }

    /** Runs the import, telling {@code progress} every {@code step} rows how far it is. */
    public Report importSiaeStructures(Consumer<String> progress, int step) {
        List<CSVRecord> rows = readRows();
        int imported = 0;
        int alreadyPresent = 0;
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            try {
                if (importRow(row)) {
                    imported++;
                } else {
                    alreadyPresent++;
                }
            } catch (InvalidFieldException e) {
                rejected.add("row " + row.get("id") + " (" + row.get("name") + "): " + e.field() + ": " + e.getMessage());
            }
            if ((i + 1) % step == 0 || i + 1 == rows.size()) {
                progress.accept("progress " + (i + 1) + "/" + rows.size());
            }
        }
        return new Report(rows.size(), imported, alreadyPresent, rejected);
    }

    /** True when the row was added, false when its SIRET was already in the directory. */
    private boolean importRow(CSVRecord row) {
        Siret siret = Siret.of(row.get("siret"), "siret");
        if (suppliers.findBySiret(siret.value()).isPresent()) {
            return false;
        }
        Department department = geography.requireDepartment(row.get("department"), "department");
        Location location = location(row, department);
        List<Activity> activities = NafToCpv.guess(row.get("naf"))
                .map(guess -> List.of(new Activity(guess.cpvCodes(), Set.of(guess.serviceType()),
                        new GeographicRange(GeographicRange.Kind.ZONES, null, List.of(department.code()), List.of()))))
                .orElse(List.of());
        SupplierProfile profile = new SupplierProfile(row.get("name"), blankToNull(row.get("brand")),
                blankToNull(row.get("legal_form")), ProfileRules.naf(row.get("naf")), null, Set.of(kind(row)), location,
                activities, blankToNull(row.get("description")), List.of(), List.of(), null, null, null, List.of(),
                null, List.of());
        try {
            suppliers.save(Supplier.imported(UUID.randomUUID().toString(), siret, profile, SupplierOrigin.SIAE_IMPORT,
                    ACTOR, clock.instant()));
            return true;
        } catch (DuplicateKeyException sameSiretTwiceInTheFile) {
            return false;
        }
    }

    private Location location(CSVRecord row, Department department) {
        Optional<Commune> commune = commune(row.get("post_code"), row.get("city"), department.code());
        Double latitude = parse(row.get("latitude"));
        Double longitude = parse(row.get("longitude"));
        if (latitude == null || longitude == null) {
            latitude = commune.map(Commune::lat).orElse(department.lat());
            longitude = commune.map(Commune::lon).orElse(department.lon());
        }
        return new Location(blankToNull(row.get("address")), blankToNull(row.get("post_code")),
                commune.map(Commune::inseeCode).orElse(null),
                commune.map(Commune::name).orElse(blankToNull(row.get("city"))), department.code(),
                department.regionCode(), latitude, longitude);
    }

    /** The commune of a postcode whose name matches the row's city, or the postcode's only commune. */
    private Optional<Commune> commune(String postcode, String city, String departmentCode) {
        List<Commune> candidates = geography.communesByPostcode(postcode == null ? "" : postcode.trim()).stream()
                .filter(c -> c.departmentCode().equals(departmentCode)).toList();
        return candidates.stream().filter(c -> fold(c.name()).equals(fold(city))).findFirst()
                .or(() -> candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty());
    }

    private static SupplierKind kind(CSVRecord row) {
        try {
            return SupplierKind.valueOf(row.get("kind").trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", row.get("kind") + " is not a supplier kind we know");
        }
    }

    private static List<CSVRecord> readRows() {
        try (InputStream in = SiaeImport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the service's resources");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase()
                .replaceAll("[^a-z0-9]+", " ").replaceAll("\\bst\\b", "saint").trim();
    }

    private static Double parse(String number) {
        try {
            return number == null || number.isBlank() ? null : Double.valueOf(number.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
