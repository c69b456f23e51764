package org.essmarket.supplier.seed.application;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.springframework.stereotype.Component;

/**
 * The real SIAE structures of {@code seed/siae-structures.csv} (from Le Marché de l'inclusion), with
 * activities guessed from their NAF code ({@link NafToCpv}, a heuristic) over their own department.
 */
@Component
class SiaeStructures extends StructureList {

    private final Geography geography;

    SiaeStructures(Geography geography) {
        super("/seed/siae-structures.csv", SupplierOrigin.SIAE_IMPORT);
        this.geography = geography;
    }

    @Override
    String rowName(CSVRecord row) {
        return "SIAE row " + row.get("id") + " (" + row.get("name") + ")";
    }

    @Override
    Siret siret(CSVRecord row) {
        return Siret.of(row.get("siret"), "siret");
    }

    @Override
    SupplierProfile profile(CSVRecord row) {
        Department department = geography.requireDepartment(row.get("department"), "department");
        List<Activity> activities = NafToCpv.guess(row.get("naf"))
                .map(guess -> List.of(new Activity(guess.cpvCodes(), Set.of(guess.serviceType()),
                        new GeographicRange(GeographicRange.Kind.ZONES, null, List.of(department.code()), List.of()))))
                .orElse(List.of());
        return new SupplierProfile(row.get("name"), text(row, "brand"), text(row, "legal_form"),
                ProfileRules.naf(row.get("naf")), null, Set.of(kind(row)), location(row, department), activities,
                text(row, "description"), List.of(), List.of(), null, null, null, List.of(), null, List.of(),
                text(row, "website"));
    }

    private Location location(CSVRecord row, Department department) {
        Optional<Commune> commune = commune(row.get("post_code"), row.get("city"), department.code());
        Double latitude = parse(row.get("latitude"));
        Double longitude = parse(row.get("longitude"));
        if (latitude == null || longitude == null) {
            latitude = commune.map(Commune::lat).orElse(department.lat());
            longitude = commune.map(Commune::lon).orElse(department.lon());
        }
        return new Location(text(row, "address"), text(row, "post_code"), commune.map(Commune::inseeCode).orElse(null),
                commune.map(Commune::name).orElse(text(row, "city")), department.code(), department.regionCode(),
                latitude, longitude);
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
}
