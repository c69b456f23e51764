package org.essmarket.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.essmarket.devstack.test.ApiClient;
import org.essmarket.e2e.OpenApiDocument.Operation;
import org.essmarket.e2e.OpenApiDocument.Parameter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests for the operations of an OpenAPI document, drawn from a seeded random source so that a run can be
 * replayed: well-formed ones (values drawn from each schema, ids of the platform's real objects) and broken ones,
 * where one thing is wrong — a parameter, the body or a header — as a careless or hostile client sends them.
 */
final class RequestGenerator {

    /** A request to send, and what in it was broken on purpose ({@code "nothing"} for a well-formed one). */
    record FuzzRequest(String method, String target, Map<String, String> headers, byte[] body, String broken) {
    }

    /**
     * Parameter values, already percent-encoded so that malformed escapes and invalid UTF-8 reach the platform as
     * such: the class of input that once made every service answer 500. Long values stay within the gateway's
     * limits (a 4 KiB request line, 8 KiB of headers): over them Netty refuses before any route, which
     * GatewayRoutingIT checks; here one call in about forty of those went unanswered, cause not yet found.
     */
    private static final List<String> HOSTILE_PARAMETERS = List.of("%ff", "%C3%28", "%00", "%0d%0aX-Injected:%201",
            "%E2%80%AE", "%F0%9F%98%80", "%F4%90%80%80", "%C0%AF", "%ED%A0%80", "%25", "-1", "0", "2147483648",
            "99999999999999999999", "1e309", "NaN", "true", "null", "%5B%5D", "%7B%7D", "T%2Fbids%2FB", "..%2F..%2Fadmin",
            "%2e%2e", "%24where", "%7B%22%24gt%22%3A%22%22%7D", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%27%20OR%201%3D1--", "a".repeat(1_500), "%20", "");

    /** JSON values put where a body's field is: wrong types, unknown enum values, control characters, huge ones. */
    private static final List<String> HOSTILE_JSON_VALUES = List.of("123", "-1", "0", "\"\"", "true", "[]", "{}", "null",
            "1e309", "-1e309", "99999999999999999999999", "3.5", "\"NO_SUCH_VALUE\"", "\"\\u0000\"", "\"\\r\\nX: y\"",
            "\"\\ud800\"", "\"" + "x".repeat(100_000) + "\"", "[" + "1,".repeat(10_000) + "1]", "{\"$gt\": \"\"}",
            "\"2026-02-30\"", "\"9999-12-31T23:59:59Z\"", "\"../../etc/passwd\"");

    /** Bodies that are not the JSON document they claim to be. */
    private static final List<String> BROKEN_DOCUMENTS = List.of("", "{", "[", "{\"a\":", "\"", "nul", "{}}", "[]", "42",
            "\"text\"", "[".repeat(5_000), "{\"a\":".repeat(2_000), "\u0000", "{\"a\":1,\"a\":2}");

    /** Header values that no well-behaved client sends (the JDK's client refuses control characters in headers). */
    private static final List<String> HOSTILE_HEADER_VALUES = List.of("", "*", "\"\"", "W/\"1\"", "\"abc\"", "-1",
            "99999999999999999999", "\"%ff\"", "x".repeat(2_000), "\"1\", \"2\"", "é");

    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=nope", "*/*", "");

    private final Random random;
    private final OpenApiDocument document;
    /** Ids of the platform's objects by what they are ({@code tenders}, {@code suppliers}, {@code users}…). */
    private final Map<String, List<String>> knownIds;

    RequestGenerator(long seed, OpenApiDocument document, Map<String, List<String>> knownIds) {
        this.random = new Random(seed);
        this.document = document;
        this.knownIds = knownIds;
    }

    /** A request for the operation: well-formed about one time in three, else with one part broken. */
    FuzzRequest next(Operation operation) {
        List<String> breakable = new ArrayList<>(List.of("nothing", "nothing", "header"));
        if (!operation.parameters().isEmpty()) {
            breakable.addAll(List.of("parameter", "parameter"));
        }
        if (operation.body().isPresent()) {
            breakable.addAll(List.of("body", "body", "document"));
        }
        String part = pick(breakable);

        Parameter broken = part.equals("parameter") ? pick(operation.parameters()) : null;
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            boolean isBroken = parameter == broken;
            if (!isBroken && !parameter.required() && random.nextInt(3) == 0) {
                continue;
            }
            String value = isBroken ? hostileParameter(parameter) : encoded(wellFormed(parameter));
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", value);
                case "query" -> query.append(query.isEmpty() ? '?' : '&').append(parameter.name()).append('=').append(value);
                case "header" -> headers.put(parameter.name(), isBroken ? pick(HOSTILE_HEADER_VALUES) : wellFormed(parameter));
                default -> { // cookies: none documented
                }
            }
        }
        String description = broken == null ? part : "parameter " + broken.name();

        byte[] body = null;
        if (operation.body().isPresent()) {
            OpenApiDocument.Body documented = operation.body().get();
            boolean multipart = documented.mediaType().startsWith("multipart/");
            String boundary = "fuzz" + random.nextInt(1_000_000);
            headers.put("Content-Type", multipart ? documented.mediaType() + "; boundary=" + boundary : documented.mediaType());
            String text = switch (part) {
                case "document" -> pick(BROKEN_DOCUMENTS);
                case "body" -> multipart ? brokenPart(boundary) : withOneHostileField(documented.schema());
                default -> multipart ? filePart(boundary) : ApiClient.JSON.writeValueAsString(value(documented.schema(), 0));
            };
            body = text.getBytes(StandardCharsets.UTF_8);
        }
        if (part.equals("header")) {
            String header = pick(List.of("Content-Type", "Accept", "If-Match", "Idempotency-Key", "Accept-Language"));
            headers.put(header, header.equals("Content-Type") ? pick(WRONG_CONTENT_TYPES) : pick(HOSTILE_HEADER_VALUES));
            description = "header " + header;
        }
        return new FuzzRequest(operation.method(), path + query, headers, body, description);
    }

    private String hostileParameter(Parameter parameter) {
        // Now and then a well-formed value of another object: a foreign id, or an id where a number is expected.
        return random.nextInt(5) == 0 ? encoded(pick(knownIds.getOrDefault("tenders", List.of("x")))) : pick(HOSTILE_PARAMETERS);
    }

    /** A value for the parameter: a real object's id for ids, else one its schema allows. */
    private String wellFormed(Parameter parameter) {
        List<String> ids = knownIds.get(kindOfId(parameter.name()));
        if (ids != null && !ids.isEmpty() && random.nextInt(6) != 0) {
            return pick(ids);
        }
        if (parameter.in().equals("path") && parameter.schema().path("type").asString("string").equals("string")) {
            return UUID.nameUUIDFromBytes(Integer.toString(random.nextInt()).getBytes(StandardCharsets.UTF_8)).toString();
        }
        JsonNode value = value(parameter.schema(), 0);
        if (value.isArray()) {
            return value.isEmpty() ? "" : value.get(0).asString(value.get(0).toString());
        }
        return value.isString() ? value.asString() : value.toString();
    }

    /** {@code tenderId} → tenders, {@code supplierId} → suppliers; a bare {@code id} is the document's own object. */
    private String kindOfId(String parameterName) {
        if (parameterName.equals("id")) {
            return switch (document.name()) {
                case "search" -> "notifications";
                default -> document.name();
            };
        }
        return parameterName.endsWith("Id") ? parameterName.substring(0, parameterName.length() - 2) + "s" : parameterName;
    }

    private String withOneHostileField(JsonNode schema) {
        JsonNode value = value(schema, 0);
        if (!(value instanceof ObjectNode object) || object.isEmpty()) {
            return pick(BROKEN_DOCUMENTS);
        }
        List<String> fields = new ArrayList<>(object.propertyNames());
        String field = pick(fields);
        if (random.nextInt(4) == 0) {
            object.remove(field); // a required one, often
            return ApiClient.JSON.writeValueAsString(object);
        }
        String placeholder = "\"fuzz-placeholder\"";
        object.put(field, "fuzz-placeholder");
        return ApiClient.JSON.writeValueAsString(object).replace(placeholder, pick(HOSTILE_JSON_VALUES));
    }

    private String filePart(String boundary) {
        String type = pick(List.of("application/pdf", "text/plain", "image/png", "application/x-msdownload"));
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"offre-" + random.nextInt(100)
                + ".pdf\"\r\nContent-Type: " + type + "\r\n\r\n%PDF-1.4 fuzz " + random.nextLong() + "\r\n--" + boundary + "--\r\n";
    }

    private String brokenPart(String boundary) {
        return pick(List.of(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno file name\r\n--" + boundary + "--\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"; filename=\"x.pdf\"\r\n\r\nx\r\n--" + boundary + "--\r\n",
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../%00.pdf\"\r\n\r\nx\r\n",
                "--wrong-boundary\r\n\r\n", "not multipart at all"));
    }

    /** A value its schema allows (enums, formats, bounds and required properties honoured; optional ones now and then). */
    private JsonNode value(JsonNode schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode resolved = document.resolve(schema);
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (resolved.has(alternatives)) {
                List<JsonNode> choices = new ArrayList<>();
                resolved.path(alternatives).forEach(choices::add);
                return value(pick(choices), depth);
            }
        }
        if (resolved.has("enum")) {
            List<JsonNode> choices = new ArrayList<>();
            resolved.path("enum").forEach(choices::add);
            return pick(choices);
        }
        String type = type(resolved);
        return switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                if (depth < 5) {
                    List<String> required = new ArrayList<>();
                    resolved.path("required").forEach(name -> required.add(name.asString()));
                    resolved.path("properties").properties().forEach(property -> {
                        if (required.contains(property.getKey()) || random.nextBoolean()) {
                            object.set(property.getKey(), value(property.getValue(), depth + 1));
                        }
                    });
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                int size = Math.max(resolved.path("minItems").asInt(0), depth < 5 ? random.nextInt(3) : 0);
                for (int i = 0; i < size; i++) {
                    array.add(value(resolved.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> nodes.numberNode(bounded(resolved, 0, 20));
            case "number" -> nodes.numberNode(bounded(resolved, 0, 100_000) + random.nextInt(100) / 100.0);
            case "boolean" -> nodes.booleanNode(random.nextBoolean());
            default -> nodes.stringNode(string(resolved));
        };
    }

    /** OpenAPI 3.1 may give several types ({@code ["string", "null"]}): the first that is not null. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asString().equals("null")) {
                    return one.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private long bounded(JsonNode schema, long low, long high) {
        long minimum = schema.has("minimum") ? schema.path("minimum").asLong() : low;
        long maximum = schema.has("maximum") ? schema.path("maximum").asLong() : Math.max(minimum + high - low, minimum);
        return minimum + (long) (random.nextDouble() * (Math.min(maximum, minimum + 1_000_000) - minimum + 1));
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asString("");
        String text = switch (format) {
            case "date" -> LocalDate.now().plusDays(random.nextInt(120) - 20).toString();
            case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).plusHours(random.nextInt(2_000) - 200).toString();
            case "email" -> "fuzz" + random.nextInt(1_000) + "@example.org";
            case "uri" -> "https://example.org/" + random.nextInt(1_000);
            default -> pick(List.of("Nettoyage des locaux", "Lyon", "69", "45000000-7", "test", "Entretien des espaces verts",
                    Integer.toString(random.nextInt(100_000))));
        };
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (text.length() < minLength) {
            text = text + "x".repeat(minLength - text.length());
        }
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
