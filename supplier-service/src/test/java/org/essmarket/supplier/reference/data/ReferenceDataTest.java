package org.essmarket.supplier.reference.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void loads_each_data_set_once() {
        assertThat(ReferenceData.loadCpvCatalogue()).isSameAs(ReferenceData.loadCpvCatalogue());
        assertThat(ReferenceData.loadGeography()).isSameAs(ReferenceData.loadGeography());
    }

    @Test
    void a_missing_resource_is_named() {
        assertThatThrownBy(() -> ReferenceData.loadCpvCatalogue("/reference/missing-cpv.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/reference/missing-cpv.csv");
        assertThatThrownBy(() -> ReferenceData.loadGeography(ReferenceData.REGIONS_RESOURCE,
                "/reference/missing-departements.csv", ReferenceData.COMMUNES_RESOURCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/reference/missing-departements.csv");
    }

    @Test
    void a_resource_without_the_expected_columns_is_named() {
        // regions.csv has no "code" column: read as a CPV file, it must be refused by name.
        assertThatThrownBy(() -> ReferenceData.loadCpvCatalogue(ReferenceData.REGIONS_RESOURCE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ReferenceData.REGIONS_RESOURCE)
                .hasMessageContaining("code");
    }
}
