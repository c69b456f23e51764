package org.essmarket.tender.document.domain;

import java.util.List;

/** The content is of a kind the marketplace does not store, whatever the client said it was. */
public class UnsupportedDocumentType extends RuntimeException {

    private final String detectedType;

    public UnsupportedDocumentType(String detectedType) {
        super("This file's content is " + detectedType + "; accepted are " + DocumentType.allowedMediaTypes());
        this.detectedType = detectedType;
    }

    public String detectedType() {
        return detectedType;
    }

    public List<String> allowedTypes() {
        return DocumentType.allowedMediaTypes();
    }
}
