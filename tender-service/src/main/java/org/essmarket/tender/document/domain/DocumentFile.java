package org.essmarket.tender.document.domain;

import java.io.InputStream;

/** A stored document opened for reading; whoever reads {@code content} closes it. */
public record DocumentFile(StoredDocument document, InputStream content) {
}
