package org.essmarket.tender.reference.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.essmarket.tender.reference.domain.ReferenceCodes;

/**
 * Loads the codes shipped in {@code src/main/resources/reference/} (see ATTRIBUTION.md there). Only
 * the leading columns of each CSV are read (never quoted in these files), so no CSV library is needed.
 * A missing or malformed resource is an {@link IllegalStateException} naming it.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static ReferenceCodes load() {
        Map<String, String> cpv = new HashMap<>();
        for (String code : firstColumn("/reference/cpv-2008.csv", "code")) {
            if (!code.matches("\\d{8}-\\d")) {
                throw new IllegalStateException("/reference/cpv-2008.csv: not a CPV code: " + code);
            }
            cpv.put(code.substring(0, 8), code.substring(9));
        }
        Map<String, String> regionOfDepartment = new HashMap<>();
        for (String[] row : leadingColumns("/reference/departements.csv", "insee_dep", 2)) {
            regionOfDepartment.put(row[0], row[1]);
        }
        return new ReferenceCodes(cpv, regionOfDepartment,
                new HashSet<>(firstColumn("/reference/regions.csv", "insee_reg")));
    }

    static List<String> firstColumn(String resource, String header) {
        return leadingColumns(resource, header, 1).stream().map(row -> row[0]).toList();
    }

    /** The first {@code count} columns of each row, trimmed. */
    static List<String[]> leadingColumns(String resource, String header, int count) {
        InputStream in = ReferenceData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference data resource not found on the classpath: " + resource);
        }
        List<String[]> values = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            if (first == null || !first.replace("\uFEFF", "").startsWith(header + ",")) {
                throw new IllegalStateException(resource + " does not start with the column " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split(",", count + 1);
                if (columns.length < count) {
                    throw new IllegalStateException(resource + ": fewer than " + count + " columns in: " + line);
                }
                String[] row = new String[count];
                for (int i = 0; i < count; i++) {
                    row[i] = columns[i].strip();
                }
                values.add(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read reference data resource " + resource + ": " + e.getMessage(), e);
        }
        if (values.isEmpty()) {
            throw new IllegalStateException(resource + " has no rows");
        }
        return values;
    }
}
