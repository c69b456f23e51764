package org.essmarket.supplier.seed.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Lists the real structures of the public lists shipped with the service (see
 * {@code seed/ATTRIBUTION.md}) in the directory: the SIAE structures ({@link SiaeStructures}), then
 * the ESAT sites ({@link EsatSites}). Idempotent: a structure whose SIRET is already listed is left
 * as it is, so a second run changes nothing. Each is listed VERIFIED (its state approval or
 * authorisation is the check), with no members until its people claim it.
 */
@Service
public class StructureImport {

    /** The outcome of one run; {@code rejected} says which rows were refused and why. */
    public record Report(int read, int imported, int alreadyPresent, List<String> rejected) {
    }

    private final SupplierStore suppliers;
    private final Clock clock;
    private final List<StructureList> lists;

    StructureImport(SupplierStore suppliers, Clock clock, SiaeStructures siae, EsatSites esat) {
        this.suppliers = suppliers;
        this.clock = clock;
        this.lists = List.of(siae, esat);
    }

    /** Runs the import of every list, telling {@code progress} every {@code step} rows how far it is. */
    public Report importStructures(Consumer<String> progress, int step) {
        List<ListedRow> rows = new ArrayList<>();
        lists.forEach(list -> readRows(list).forEach(row -> rows.add(new ListedRow(list, row))));
        int imported = 0;
        int alreadyPresent = 0;
        List<String> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ListedRow listed = rows.get(i);
            try {
                if (importRow(listed.list(), listed.row())) {
                    imported++;
                } else {
                    alreadyPresent++;
                }
            } catch (InvalidFieldException e) {
                rejected.add(listed.list().rowName(listed.row()) + ": " + e.field() + ": " + e.getMessage());
            }
            if ((i + 1) % step == 0 || i + 1 == rows.size()) {
                progress.accept("progress " + (i + 1) + "/" + rows.size());
            }
        }
        return new Report(rows.size(), imported, alreadyPresent, rejected);
    }

    private record ListedRow(StructureList list, CSVRecord row) {
    }

    /**
     * True when the row was added, false when its SIRET was already in the directory: the store's
     * unique SIRET says so, with no read before each insert.
     */
    private boolean importRow(StructureList list, CSVRecord row) {
        Siret siret = list.siret(row);
        try {
            suppliers.save(Supplier.imported(UUID.randomUUID().toString(), siret, list.profile(row), list.origin(),
                    list.origin().name().toLowerCase().replace('_', '-'), clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyListed) {
            return false;
        }
    }

    private static List<CSVRecord> readRows(StructureList list) {
        try (InputStream in = StructureImport.class.getResourceAsStream(list.resource())) {
            if (in == null) {
                throw new IllegalStateException(list.resource() + " is missing from the service's resources");
            }
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + list.resource(), e);
        }
    }
}
