package org.essmarket.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

class PublicApiDocsAutoConfigurationTest {

    @Test
    void lists_the_declared_tags_with_their_descriptions_in_order_then_the_others() {
        OpenAPI openApi = new OpenAPI().tags(new ArrayList<>(List.of(new Tag().name("Audit"), new Tag().name("Extra"))));

        PublicApiDocsAutoConfiguration.declareTags(openApi, List.of(
                new Tag().name("Suppliers").description("Register and find structures"),
                new Tag().name("Audit").description("Who changed what")));

        assertThat(openApi.getTags()).extracting(Tag::getName).containsExactly("Suppliers", "Audit", "Extra");
        assertThat(openApi.getTags().get(1).getDescription()).isEqualTo("Who changed what");
    }

    @Test
    void every_operation_answers_its_errors_as_the_problem_schema() throws Exception {
        OpenAPI openApi = new OpenAPI().paths(new Paths()
                .addPathItem("/api/v1/things/{id}", new PathItem()
                        .get(new Operation().operationId("findThing")
                                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK"))))
                        .put(new Operation().operationId("updateThing").responses(new ApiResponses()
                                .addApiResponse("200", new ApiResponse().description("OK"))
                                .addApiResponse("412", new ApiResponse().description("Changed meanwhile"))))));

        PublicApiDocsAutoConfiguration.addProblemResponses(openApi);
        JsonNode document = Json31.mapper().readTree(Json31.mapper().writeValueAsString(openApi));

        JsonNode path = document.at("/paths/~1api~1v1~1things~1{id}");
        for (String method : new String[] { "get", "put" }) {
            assertThat(path.at("/" + method + "/responses/4XX/$ref").asText()).isEqualTo("#/components/responses/Problem");
            assertThat(path.at("/" + method + "/responses/5XX/$ref").asText()).isEqualTo("#/components/responses/Problem");
        }
        assertThat(path.at("/get/responses/200/content").isMissingNode()).as("success left alone").isTrue();
        assertThat(path.at("/put/responses/412/description").asText()).isEqualTo("Changed meanwhile");
        assertThat(path.at("/put/responses/412/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");

        JsonNode problem = document.at("/components/schemas/Problem");
        assertThat(problem.at("/type").asText()).isEqualTo("object");
        assertThat(problem.at("/properties/status/type").asText()).isEqualTo("integer");
        assertThat(problem.at("/properties/rule/type").asText()).isEqualTo("string");
        assertThat(problem.at("/properties/errors/items/$ref").asText()).isEqualTo("#/components/schemas/FieldProblem");
        assertThat(document.at("/components/schemas/FieldProblem/required").toString()).isEqualTo("[\"field\",\"message\"]");
        assertThat(document.at("/components/responses/Problem/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
    }
}
