package org.essmarket.supplier.seed.application;

import org.apache.commons.csv.CSVRecord;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierProfile;

/**
 * A public list of real structures the directory lists (a CSV file in the service's resources):
 * how one of its rows reads as a structure. A row that cannot be read throws
 * {@link org.essmarket.supplier.supplier.domain.InvalidFieldException} naming the column at fault.
 */
abstract class StructureList {

    private final String resource;
    private final SupplierOrigin origin;

    StructureList(String resource, SupplierOrigin origin) {
        this.resource = resource;
        this.origin = origin;
    }

    /** The CSV file, from the service's resources. */
    final String resource() {
        return resource;
    }

    final SupplierOrigin origin() {
        return origin;
    }

    /** How a rejected row is named in the import's report, e.g. {@code SIAE row 12 (LA COLLECTERIE)}. */
    abstract String rowName(CSVRecord row);

    abstract Siret siret(CSVRecord row);

    abstract SupplierProfile profile(CSVRecord row);

    /** The column's text, trimmed; null when empty. */
    static String text(CSVRecord row, String column) {
        String text = row.get(column);
        return text == null || text.isBlank() ? null : text.trim();
    }
}
