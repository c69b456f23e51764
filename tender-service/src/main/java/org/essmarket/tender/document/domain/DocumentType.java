package org.essmarket.tender.document.domain;

import java.util.Arrays;
import java.util.List;

/** The kinds of document the marketplace stores, each recognised by its content (see {@link DocumentChecks}). */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    TEXT("text/plain", "txt"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static List<String> allowedMediaTypes() {
        return Arrays.stream(values()).map(DocumentType::mediaType).toList();
    }
}
