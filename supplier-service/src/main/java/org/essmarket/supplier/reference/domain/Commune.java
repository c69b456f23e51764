package org.essmarket.supplier.reference.domain;

import java.util.Objects;

/**
 * A French commune (INSEE code officiel géographique, 2024), or a municipal arrondissement of Paris,
 * Lyon or Marseille (they have INSEE codes of their own, {@code 75101}…{@code 75120},
 * {@code 69381}…{@code 69389}, {@code 13201}…{@code 13216}, used by SIRENE for establishments).
 *
 * @param inseeCode      the INSEE code, 5 characters ({@code 75056}, {@code 2A004}, {@code 97105})
 * @param name           the official name, with its article ({@code L'Abergement-Clémenciat})
 * @param postcode       the lowest of its postcodes ({@link Geography#postcodes(String)} gives them all)
 * @param departmentCode the INSEE code of its department
 * @param regionCode     the INSEE code of its region
 * @param lat            latitude of the commune's centre; {@code null} when the source has none
 * @param lon            longitude of the commune's centre; {@code null} when the source has none
 */
public record Commune(String inseeCode, String name, String postcode, String departmentCode, String regionCode,
                      Double lat, Double lon) {

    public Commune {
        Objects.requireNonNull(inseeCode, "inseeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(regionCode, "regionCode");
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon must both be given or both be null: " + inseeCode);
        }
    }

    /** Whether the source gives the commune's coordinates (all but a handful of communes). */
    public boolean hasCoordinates() {
        return lat != null;
    }
}
