package org.essmarket.supplier.reference.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 CSV classpath resource with a header line. Every failure (missing resource, bad
 * encoding, missing column, a row the caller refuses) becomes an {@link IllegalStateException} that
 * names the resource, and the record for row-level errors.
 */
final class CsvResource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvResource() {
    }

    /** Calls {@code rowHandler} for each data row, in file order. */
    static void read(String resource, List<String> requiredColumns, Consumer<Row> rowHandler) {
        InputStream in = CsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference data resource not found on the classpath: " + resource);
        }
        // newDecoder() reports malformed input instead of replacing it.
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
            skipByteOrderMark(reader);
            try (CSVParser parser = FORMAT.parse(reader)) {
                List<String> missing = new ArrayList<>();
                for (String column : requiredColumns) {
                    if (!parser.getHeaderMap().containsKey(column)) {
                        missing.add(column);
                    }
                }
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("Reference data resource " + resource
                            + " lacks the column(s) " + missing + " (header: " + parser.getHeaderNames() + ")");
                }
                for (CSVRecord record : parser) {
                    try {
                        rowHandler.accept(new Row(record));
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("Reference data resource " + resource + ", record "
                                + record.getRecordNumber() + " (line " + (record.getRecordNumber() + 1) + "): "
                                + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot read reference data resource " + resource + ": " + e.getMessage(), e);
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** One data row, with checked accessors whose messages name the column. */
    record Row(CSVRecord record) {

        /** The value of a column, never {@code null} (an absent trailing value reads as empty). */
        String get(String column) {
            return record.isSet(column) ? record.get(column) : "";
        }

        String required(String column) {
            String value = get(column);
            if (value.isBlank()) {
                throw new IllegalArgumentException("empty " + column);
            }
            return value;
        }

        /** A decimal number; {@code null} when empty. */
        Double optionalDouble(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(column + " is not a number: " + value, e);
            }
        }

        double requiredDouble(String column) {
            Double value = optionalDouble(column);
            if (value == null) {
                throw new IllegalArgumentException("empty " + column);
            }
            return value;
        }
    }
}
