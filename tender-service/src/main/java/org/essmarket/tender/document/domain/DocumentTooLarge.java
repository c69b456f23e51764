package org.essmarket.tender.document.domain;

/** A document over the size limit. */
public class DocumentTooLarge extends RuntimeException {

    public DocumentTooLarge(long maxBytes) {
        super("A document may be at most " + maxBytes + " bytes");
    }
}
