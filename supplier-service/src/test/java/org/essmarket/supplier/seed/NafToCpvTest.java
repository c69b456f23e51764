package org.essmarket.supplier.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.essmarket.supplier.reference.data.ReferenceData;
import org.essmarket.supplier.reference.domain.CpvCatalogue;
import org.essmarket.supplier.seed.domain.NafToCpv;
import org.essmarket.supplier.supplier.domain.ServiceType;
import org.junit.jupiter.api.Test;

class NafToCpvTest {

    @Test
    void every_code_the_heuristic_gives_exists_in_cpv_2008() {
        CpvCatalogue cpv = ReferenceData.loadCpvCatalogue();

        assertThat(NafToCpv.allCpvCodes()).isNotEmpty().allSatisfy(code -> assertThat(cpv.find(code)).isPresent());
    }

    @Test
    void prefers_the_naf_class_then_falls_back_to_the_division() {
        assertThat(NafToCpv.guess("81.30Z").orElseThrow().cpvCodes()).containsExactly("77310000");
        assertThat(NafToCpv.guess("8110Z").orElseThrow().cpvCodes()).containsExactly("90910000");
        assertThat(NafToCpv.guess("4399C").orElseThrow().serviceType()).isEqualTo(ServiceType.WORKS);
        assertThat(NafToCpv.guess("4711D")).isEmpty();
        assertThat(NafToCpv.guess("")).isEmpty();
    }
}
