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
 * the first column of each CSV is read (never quoted in these files), and for CPV codes also the
 * French label (quoted when it holds a comma, never holding a double quote), so no CSV library is
 * needed. A missing or malformed resource is an {@link IllegalStateException} naming it.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static ReferenceCodes load() {
        Map<String, String> cpv = new HashMap<>();
        Map<String, String> cpvLabels = new HashMap<>();
        for (String line : lines("/reference/cpv-2008.csv", "code")) {
            String code = firstField(line);
            if (!code.matches("\\d{8}-\\d")) {
                throw new IllegalStateException("/reference/cpv-2008.csv: not a CPV code: " + code);
            }
            cpv.put(code.substring(0, 8), code.substring(9));
            cpvLabels.put(code.substring(0, 8), secondField(line));
        }
        Map<String, String> regionOfDepartment = new HashMap<>();
        for (String line : lines("/reference/departements.csv", "insee_dep")) {
            regionOfDepartment.put(firstField(line), secondField(line));
        }
        return new ReferenceCodes(cpv, cpvLabels, regionOfDepartment,
                new HashSet<>(firstColumn("/reference/regions.csv", "insee_reg")));
    }

    static List<String> firstColumn(String resource, String header) {
        return lines(resource, header).stream().map(ReferenceData::firstField).toList();
    }

    private static String firstField(String line) {
        int comma = line.indexOf(',');
        return (comma < 0 ? line : line.substring(0, comma)).strip();
    }

    /** The second field of a line, unquoted: the files quote a field only when it holds a comma. */
    private static String secondField(String line) {
        String rest = line.substring(line.indexOf(',') + 1);
        if (rest.startsWith("\"")) {
            return rest.substring(1, rest.indexOf('"', 1));
        }
        return firstField(rest);
    }

    /** The non-blank data lines of a CSV resource whose header starts with {@code header}. */
    private static List<String> lines(String resource, String header) {
        InputStream in = ReferenceData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference data resource not found on the classpath: " + resource);
        }
        List<String> values = new ArrayList<>();
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
                values.add(line);
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
