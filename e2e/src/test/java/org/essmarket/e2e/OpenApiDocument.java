package org.essmarket.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.essmarket.devstack.test.ApiClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One service's OpenAPI document as the web client's types are generated from it ({@code web/openapi/*.json},
 * checked against what each service serves by its ApiDocumentContract test): its operations, what they take, and
 * whether an answer is one they document. OpenAPI 3.1 schemas are JSON Schema 2020-12, so answers are checked
 * with a JSON Schema validator against the document's own components.
 */
final class OpenApiDocument {

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** One operation; {@code body} is its request body's schema and media type, when it takes one. */
    record Operation(String method, String path, List<Parameter> parameters, Optional<Body> body) {

        String name() {
            return method + " " + path;
        }
    }

    record Body(String mediaType, JsonNode schema) {
    }

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final String name;
    private final JsonNode root;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiDocument(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    static OpenApiDocument read(Path file) {
        String fileName = file.getFileName().toString();
        return new OpenApiDocument(fileName.substring(0, fileName.lastIndexOf('.')),
                ApiClient.JSON.readTree(file.toFile()));
    }

    String name() {
        return name;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(parameter -> parameters.add(new Parameter(parameter.path("name").asString(),
                    parameter.path("in").asString(), resolve(parameter.path("schema")), parameter.path("required").asBoolean())));
            Optional<Body> body = operation.path("requestBody").path("content").properties().stream().findFirst()
                    .map(content -> new Body(content.getKey(), content.getValue().path("schema")));
            operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters), body));
        }));
        return operations;
    }

    /** A schema with its {@code $ref} followed (refs point inside this document). */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = root.at(resolved.path("$ref").asString().substring(1));
        }
        return resolved;
    }

    /**
     * What is wrong with an answer for this operation: its status is not documented, its media type is not the
     * documented one, or its body does not match the documented schema. Empty when it is a documented answer.
     */
    List<String> deviations(Operation operation, int status, String contentType, String body) {
        JsonNode responses = root.path("paths").path(operation.path()).path(operation.method().toLowerCase(Locale.ROOT))
                .path("responses");
        JsonNode response = responses.path(Integer.toString(status));
        if (response.isMissingNode()) {
            response = responses.path(status / 100 + "XX");
        }
        if (response.isMissingNode()) {
            response = responses.path("default");
        }
        if (response.isMissingNode()) {
            return List.of("status " + status + " is not documented");
        }
        JsonNode content = resolve(response).path("content");
        if (content.isEmpty() || body.isEmpty()) {
            return content.isEmpty() || status == 204 ? List.of() : List.of("an empty body where the document promises content");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            return List.of("media type '" + mediaType + "' where the document says " + content.propertyNames());
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        JsonNode answer;
        try {
            answer = ApiClient.JSON.readTree(body);
        } catch (RuntimeException e) {
            return List.of("a body that is not JSON although it says " + mediaType);
        }
        String key = operation.name() + " " + status + " " + mediaType;
        Schema schema = compiled.computeIfAbsent(key, ignored -> compile(media.path("schema")));
        return schema.validate(answer).stream().map(Error::toString).toList();
    }

    /** The schema as a standalone JSON Schema: its own keywords plus this document's components, which its refs name. */
    private Schema compile(JsonNode schema) {
        ObjectNode standalone = ApiClient.JSON.createObjectNode();
        standalone.setAll((ObjectNode) schema.deepCopy());
        standalone.set("components", root.path("components"));
        return SCHEMAS.getSchema(SchemaLocation.of("https://essmarket.test/openapi/" + name + ".json"), standalone);
    }
}
