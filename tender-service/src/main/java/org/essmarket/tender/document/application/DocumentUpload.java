package org.essmarket.tender.document.application;

/** A file as a client sent it: its name (a claim, cleaned before use) and its bytes. */
public record DocumentUpload(String fileName, byte[] content) {
}
