package org.essmarket.supplier.seed.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.essmarket.supplier.reference.domain.Commune;
import org.essmarket.supplier.reference.domain.Department;
import org.essmarket.supplier.reference.domain.Geography;
import org.essmarket.supplier.supplier.domain.InvalidFieldException;
import org.essmarket.supplier.supplier.domain.Location;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.springframework.stereotype.Component;

/**
 * The real ESAT sites of {@code seed/esat-sites.csv} (FINESS), so that lots reserved to disability
 * structures (L2113-12) find real ones. The list says nothing of what they do: their activities stay
 * empty until their people claim them; their description says who manages them and for how many
 * workers they are authorised.
 */
@Component
class EsatSites extends StructureList {

    private final Geography geography;

    EsatSites(Geography geography) {
        super("/seed/esat-sites.csv", SupplierOrigin.ESAT_IMPORT);
        this.geography = geography;
    }

    @Override
    String rowName(CSVRecord row) {
        return "ESAT FINESS " + row.get("finess_et") + " (" + row.get("name") + ")";
    }

    @Override
    Siret siret(CSVRecord row) {
        if (text(row, "siret") == null) {
            throw new InvalidFieldException("siret", "the FINESS list gives this site no SIRET");
        }
        return Siret.of(row.get("siret"), "siret");
    }

    @Override
    SupplierProfile profile(CSVRecord row) {
        Department department = geography.requireDepartment(row.get("department"), "department");
        Optional<Commune> commune = Optional.ofNullable(text(row, "commune_insee")).flatMap(geography::commune);
        Location location = new Location(text(row, "address"), text(row, "postcode_or_commune"),
                commune.map(Commune::inseeCode).orElse(null), commune.map(Commune::name).orElse(text(row, "commune")),
                department.code(), department.regionCode(), commune.map(Commune::lat).orElse(department.lat()),
                commune.map(Commune::lon).orElse(department.lon()));
        return new SupplierProfile(row.get("name"), null, null, null, null, Set.of(SupplierKind.ESAT), location,
                List.of(), description(row), List.of(), List.of(), null, null, null, List.of(), null, List.of(), null);
    }

    private static String description(CSVRecord row) {
        String manager = text(row, "manager_name");
        String capacity = text(row, "authorized_capacity");
        return "Établissement et service d'aide par le travail" + (manager == null ? "" : ", géré par " + manager)
                + (capacity == null ? "" : ", " + capacity + " places autorisées") + " (FINESS "
                + row.get("finess_et") + ").";
    }
}
