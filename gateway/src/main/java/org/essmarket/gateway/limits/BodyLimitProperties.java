package org.essmarket.gateway.limits;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be ({@code essmarket.limits.*}): {@code maxBodySize} for JSON and
 * anything else, {@code maxDocumentSize} for a multipart document upload to one of
 * {@code documentPaths} (path patterns, e.g. {@code /api/v1/tenders/*}{@code /documents}).
 */
@ConfigurationProperties("essmarket.limits")
public record BodyLimitProperties(DataSize maxBodySize, DataSize maxDocumentSize, List<String> documentPaths) {

    public BodyLimitProperties {
        documentPaths = documentPaths == null ? List.of() : List.copyOf(documentPaths);
    }
}
