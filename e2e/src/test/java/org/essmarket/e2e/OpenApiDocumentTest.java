package org.essmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.essmarket.devstack.DevstackLayout;
import org.essmarket.e2e.OpenApiDocument.Operation;
import org.junit.jupiter.api.Test;

/** The fuzzing's oracle can fail: what the tender document does not promise is named. */
class OpenApiDocumentTest {

    private final OpenApiDocument tenders = OpenApiDocument.read(DevstackLayout.detect().projectRoot()
            .resolve("web/openapi/tenders.json"));
    private final Operation getTender = tenders.operations().stream()
            .filter(operation -> operation.name().equals("GET /api/v1/tenders/{id}")).findFirst().orElseThrow();

    @Test
    void an_answer_of_the_documented_shape_has_no_deviation() {
        assertThat(tenders.deviations(getTender, 200, "application/json", "{\"id\":\"t1\",\"title\":\"Nettoyage\"}")).isEmpty();
        assertThat(tenders.deviations(getTender, 404, "application/problem+json", "{\"status\":404,\"detail\":\"No tender\"}"))
                .isEmpty();
    }

    @Test
    void a_field_of_the_wrong_type_an_undocumented_media_type_or_a_non_json_body_is_named() {
        assertThat(tenders.deviations(getTender, 200, "application/json", "{\"id\":5}")).singleElement().asString()
                .contains("id");
        assertThat(tenders.deviations(getTender, 400, "text/html", "<html>")).singleElement().asString()
                .contains("media type 'text/html'");
        assertThat(tenders.deviations(getTender, 400, "application/problem+json", "<html>")).singleElement().asString()
                .contains("not JSON");
        assertThat(tenders.deviations(getTender, 404, "application/problem+json", "{\"status\":\"404\"}")).isNotEmpty();
    }
}
