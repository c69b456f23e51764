package org.essmarket.supplier.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.essmarket.devstack.test.ServiceIntegrationTest;
import org.essmarket.supplier.seed.application.SiaeImport;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import of the real SIAE structures, on the MongoDB stand-in. */
@ServiceIntegrationTest
class SiaeImportIT {

    @Autowired
    SiaeImport siaeImport;

    @Autowired
    SupplierStore suppliers;

    @Test
    void imports_the_real_structures_once_and_a_second_run_changes_nothing() {
        long before = suppliers.count();
        List<String> progress = new ArrayList<>();

        SiaeImport.Report first = siaeImport.importSiaeStructures(progress::add, 1000);
        long afterFirst = suppliers.count();
        SiaeImport.Report second = siaeImport.importSiaeStructures(line -> { }, 1000);

        assertThat(first.read()).isEqualTo(3844);
        assertThat(first.imported()).isGreaterThan(3800);
        assertThat(first.imported() + first.alreadyPresent() + first.rejected().size()).isEqualTo(3844);
        // The six Luhn-invalid SIRETs of the sample (SOURCES.md), and Saint-Pierre-et-Miquelon (975), which is
        // a collectivité, not one of the departments of our reference data.
        assertThat(first.rejected()).hasSize(8)
                .filteredOn(reason -> reason.contains("siret: ") && reason.contains("is not a valid SIRET")).hasSize(6);
        assertThat(first.rejected()).filteredOn(reason -> reason.contains("department: 975")).hasSize(2);
        assertThat(afterFirst - before).isEqualTo(first.imported());
        assertThat(second.imported()).isZero();
        assertThat(suppliers.count()).isEqualTo(afterFirst);
        assertThat(progress).contains("progress 1000/3844", "progress 3844/3844");
    }
}
