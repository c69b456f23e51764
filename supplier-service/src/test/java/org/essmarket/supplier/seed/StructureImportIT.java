package org.essmarket.supplier.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.supplier.seed.application.StructureImport;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierOrigin;
import org.essmarket.supplier.supplier.domain.SupplierStatus;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import of the real SIAE structures (3,844 rows) and ESAT sites (1,504 rows), on the MongoDB stand-in. */
@ServiceIntegrationTest
class StructureImportIT {

    private static final int SIAE_ROWS = 3844;
    private static final int ESAT_ROWS = 1504;

    @Autowired
    StructureImport structureImport;

    @Autowired
    SupplierStore suppliers;

    @Test
    void lists_the_real_siae_structures_and_esat_sites_once_and_a_second_run_changes_nothing() {
        long before = suppliers.count();
        List<String> progress = new ArrayList<>();

        StructureImport.Report first = structureImport.importStructures(progress::add, 1000);
        long afterFirst = suppliers.count();
        StructureImport.Report second = structureImport.importStructures(line -> { }, 1000);

        assertThat(first.read()).isEqualTo(SIAE_ROWS + ESAT_ROWS);
        assertThat(first.imported() + first.alreadyPresent() + first.rejected().size()).isEqualTo(first.read());
        assertThat(afterFirst - before).isEqualTo(first.imported());
        assertThat(second.imported()).isZero();
        assertThat(suppliers.count()).isEqualTo(afterFirst);
        assertThat(progress).contains("progress 1000/5348", "progress 5348/5348");
    }

    @Test
    void rejects_the_rows_it_cannot_list_and_says_why() {
        StructureImport.Report report = structureImport.importStructures(line -> { }, 1000);

        List<String> siae = report.rejected().stream().filter(reason -> reason.startsWith("SIAE ")).toList();
        List<String> esat = report.rejected().stream().filter(reason -> reason.startsWith("ESAT ")).toList();
        // SIAE: the six Luhn-invalid SIRETs of the sample (ATTRIBUTION.md), and Saint-Pierre-et-Miquelon (975),
        // a collectivité, not one of the departments of our reference data.
        assertThat(siae).hasSize(8);
        assertThat(siae).filteredOn(reason -> reason.contains("is not a valid SIRET")).hasSize(6);
        assertThat(siae).filteredOn(reason -> reason.contains("department: 975")).hasSize(2);
        // ESAT: the 78 sites FINESS lists without a SIRET, each named by its FINESS number, and one in 975.
        assertThat(esat).filteredOn(reason -> reason.contains("siret: the FINESS list gives this site no SIRET"))
                .hasSize(78).allMatch(reason -> reason.matches("ESAT FINESS [0-9AB]{9} \\(.+\\): .*"));
        assertThat(esat).filteredOn(reason -> reason.contains("department: 975")).hasSize(1);
        assertThat(esat).hasSize(79);
    }

    @Test
    void an_esat_site_is_listed_verified_where_it_is_with_no_members_until_its_people_claim_it() {
        structureImport.importStructures(line -> { }, 1000);

        Supplier esat = suppliers.findBySiret("77554456201007").orElseThrow();

        assertThat(esat.profile().legalName()).isEqualTo("ESAT LA FRETA");
        assertThat(esat.profile().kinds()).containsExactly(SupplierKind.ESAT);
        assertThat(esat.status()).isEqualTo(SupplierStatus.VERIFIED);
        assertThat(esat.origin()).isEqualTo(SupplierOrigin.ESAT_IMPORT);
        assertThat(esat.profile().location().communeCode()).isEqualTo("01185");
        assertThat(esat.profile().location().departmentCode()).isEqualTo("01");
        assertThat(esat.profile().description()).contains("ORSAC", "66 places", "FINESS 010787141");
        assertThat(esat.memberIds()).isEmpty();
    }
}
