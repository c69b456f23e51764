package org.essmarket.tender.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official OCDS 1.1.5 release package schema, with the release schema patched by the lots,
 * bid and otherRequirements extensions (in that order), read from {@code src/test/resources/ocds}
 * (see ATTRIBUTION.md there): the schemas' URL ids are mapped to those copies, never fetched.
 */
final class OcdsSchema {

    private static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema RELEASE_PACKAGE = load();

    private OcdsSchema() {
    }

    /** What the official schema finds wrong with this release package, one line per error; empty when valid. */
    static List<String> errors(JsonNode releasePackage) {
        return RELEASE_PACKAGE.validate(releasePackage).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        String release = extendedReleaseSchema().toString();
        // OCDS's own keywords (codelist, omitWhenMerged…) guide publishers' tools; they validate nothing.
        Dialect draft4WithOcdsKeywords = Dialect.builder(Dialects.getDraft4()).keywords(Stream.of("codelist",
                "openCodelist", "omitWhenMerged", "versionId", "wholeListMerge", "deprecated")
                .map(NonValidationKeyword::new).toList()).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(draft4WithOcdsKeywords,
                builder -> builder.schemas(Map.of(
                        BASE + "release-package-schema.json", read("release-package-schema.json").toString(),
                        BASE + "release-schema.json", release)));
        return registry.getSchema(SchemaLocation.of(BASE + "release-package-schema.json"));
    }

    private static JsonNode extendedReleaseSchema() {
        JsonNode release = read("release-schema.json");
        for (String extension : List.of("lots", "bid", "otherRequirements")) {
            release = JsonMergePatch.apply(release, read("extensions/" + extension + "/release-schema.json"));
        }
        return release;
    }

    static JsonNode read(String file) {
        try (InputStream in = OcdsSchema.class.getResourceAsStream("/ocds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource /ocds/" + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
