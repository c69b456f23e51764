package org.essmarket.supplier.reference.domain;

import java.util.List;
import java.util.Optional;

import org.essmarket.supplier.supplier.domain.InvalidFieldException;

/**
 * French administrative geography: regions, departments and communes by INSEE code. Codes are looked
 * up after removing spaces and upper-casing ({@code 2a004} finds {@code 2A004}); no other leniency
 * ({@code 1} is not department {@code 01}).
 */
public interface Geography {

    /**
     * A commune or municipal arrondissement by INSEE code. Paris ({@code 75056}), Lyon ({@code 69123})
     * and Marseille ({@code 13055}) resolve, as do their arrondissements ({@code 75108}).
     */
    Optional<Commune> commune(String inseeCode);

    Optional<Department> department(String code);

    Optional<Region> region(String code);

    /** All postcodes of a commune, sorted; empty when the commune is unknown. */
    List<String> postcodes(String inseeCode);

    /** The communes (and arrondissements) served by a postcode, by INSEE code; empty when unknown. */
    List<Commune> communesByPostcode(String postcode);

    /** All regions, by code. */
    List<Region> regions();

    /** All departments, by code. */
    List<Department> departments();

    /** The departments of a region, by code; empty when the region is unknown. */
    default List<Department> departmentsOf(String regionCode) {
        return region(regionCode)
                .map(r -> departments().stream().filter(d -> d.regionCode().equals(r.code())).toList())
                .orElse(List.of());
    }

    /** @throws InvalidFieldException naming {@code field} when the code is missing or unknown */
    default Commune requireCommune(String inseeCode, String field) {
        return commune(required(inseeCode, field, "An INSEE commune code")).orElseThrow(
                () -> new InvalidFieldException(field, Inputs.echo(Inputs.normaliseCode(inseeCode))
                        + " is not a known INSEE commune code"));
    }

    /** @throws InvalidFieldException naming {@code field} when the code is missing or unknown */
    default Department requireDepartment(String code, String field) {
        return department(required(code, field, "A department code")).orElseThrow(
                () -> new InvalidFieldException(field, Inputs.echo(Inputs.normaliseCode(code))
                        + " is not a known French department code"));
    }

    /** @throws InvalidFieldException naming {@code field} when the code is missing or unknown */
    default Region requireRegion(String code, String field) {
        return region(required(code, field, "A region code")).orElseThrow(
                () -> new InvalidFieldException(field, Inputs.echo(Inputs.normaliseCode(code))
                        + " is not a known French region code"));
    }

    private static String required(String raw, String field, String what) {
        String code = Inputs.normaliseCode(raw);
        if (code == null || code.isEmpty()) {
            throw new InvalidFieldException(field, what + " is required");
        }
        return raw;
    }
}
