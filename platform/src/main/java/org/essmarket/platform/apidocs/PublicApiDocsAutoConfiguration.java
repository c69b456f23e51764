package org.essmarket.platform.apidocs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.essmarket.platform.validation.ResourceId;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * What every service's public API document shares (the web client's types are generated from them):
 * <ul>
 * <li>the tags a service declares in {@code springdoc.open-api.tags}, with their descriptions and in
 * that order (springdoc itself only takes the info and servers from there);</li>
 * <li>on every operation, its errors as the RFC 9457 problem+json that
 * {@code ProblemDetailsExceptionHandler} and the services' handlers answer, with the fields at fault
 * ({@code errors}) and the rule refused ({@code rule});</li>
 * <li>the form of the ids checked with {@link ResourceId}.</li>
 * </ul>
 * Title, description, version and server are settings ({@code springdoc.open-api.*}): the server in
 * platform-defaults.yml, the rest in each service's application.yml.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class PublicApiDocsAutoConfiguration {

    /** Schema and response names in the documents' components. */
    public static final String PROBLEM = "Problem";
    public static final String FIELD_PROBLEM = "FieldProblem";

    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenApiCustomizer publicApiDocs(SpringDocConfigProperties springdoc) {
        List<Tag> declared = springdoc.getOpenApi() == null || springdoc.getOpenApi().getTags() == null ? List.of()
                : List.copyOf(springdoc.getOpenApi().getTags());
        return openApi -> {
            declareTags(openApi, declared);
            addProblemResponses(openApi);
        };
    }

    /** swagger-core reads {@code @Pattern} and {@code @Size}, not a constraint composed of them. */
    @Bean
    PropertyCustomizer resourceIdForm() {
        return (property, type) -> {
            if (type.getCtxAnnotations() != null
                    && Arrays.stream(type.getCtxAnnotations()).anyMatch(ResourceId.class::isInstance)) {
                property.setPattern(ResourceId.FORMAT);
                property.setMaxLength(ResourceId.MAX_LENGTH);
            }
            return property;
        };
    }

    static void declareTags(OpenAPI openApi, List<Tag> declared) {
        List<Tag> tags = new ArrayList<>(declared);
        if (openApi.getTags() != null) {
            openApi.getTags().stream()
                    .filter(tag -> declared.stream().noneMatch(known -> known.getName().equals(tag.getName())))
                    .forEach(tags::add);
        }
        openApi.setTags(tags.isEmpty() ? null : tags);
    }

    static void addProblemResponses(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
                .addSchemas(FIELD_PROBLEM, fieldProblem())
                .addSchemas(PROBLEM, problem())
                .addResponses(PROBLEM, new ApiResponse()
                        .description("Refused or failed: problem details (RFC 9457)")
                        .content(problemContent()));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            // Codes an operation names itself (412, 428…) keep their description and get the body.
            responses.forEach((code, response) -> {
                if (isError(code) && response.get$ref() == null && response.getContent() == null) {
                    response.content(problemContent());
                }
            });
            responses.putIfAbsent("4XX", reference());
            responses.putIfAbsent("5XX", reference());
            operation.setResponses(responses);
        }));
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static ApiResponse reference() {
        return new ApiResponse().$ref("#/components/responses/" + PROBLEM);
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Schema<Object> problem() {
        return object("What went wrong (RFC 9457). Other members may name more, e.g. existingSupplier, "
                + "tenderStatus, maxBytes, allowedTypes.")
                .addProperty("type", string("A URI naming the kind of problem (about:blank for a plain HTTP status)"))
                .addProperty("title", string("The HTTP status in words"))
                .addProperty("status", type("integer", "The HTTP status code").format("int32"))
                .addProperty("detail", string("What went wrong, for this request"))
                .addProperty("instance", string("The request's path"))
                .addProperty("errors", type("array", "The fields at fault, when the input was invalid")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM)))
                .addProperty("rule", string("The rule refused: an article of the code de la commande publique "
                        + "(e.g. R2142-23, L2113-12) or the term of the tender or groupement it breaks"))
                .additionalProperties(true);
    }

    private static Schema<Object> fieldProblem() {
        return object("One field at fault and why")
                .addProperty("field", string("The field's path in the request: siret, lots[1].reservation, size"))
                .addProperty("message", string("Why it was refused"))
                .required(List.of("field", "message"));
    }

    private static Schema<Object> object(String description) {
        return type("object", description);
    }

    private static Schema<Object> string(String description) {
        return type("string", description);
    }

    /** Both forms of the type: OpenAPI 3.1 documents write {@code types}, 3.0 ones {@code type}. */
    private static Schema<Object> type(String type, String description) {
        Schema<Object> schema = new Schema<>();
        schema.type(type).types(Set.of(type)).description(description);
        return schema;
    }
}
