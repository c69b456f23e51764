package org.essmarket.tender.document.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

import org.essmarket.tender.tender.domain.InvalidFieldException;

/**
 * What every uploaded document goes through, whoever owns it (tender or bid): not empty, not over
 * the size limit, of an accepted type as its content shows, under a file name safe to send back.
 */
public final class DocumentChecks {

    /** The form field that carries the file, as the API names it. */
    public static final String FILE_FIELD = "file";

    private static final int MAX_FILE_NAME_LENGTH = 200;

    private final long maxBytes;

    public DocumentChecks(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The description under which an accepted upload is stored; refuses it otherwise. */
    public StoredDocument accept(DocumentOwner owner, String fileName, byte[] content, String uploadedBy,
            Instant now) {
        if (content.length == 0) {
            throw new InvalidFieldException(FILE_FIELD, "The file is empty");
        }
        if (content.length > maxBytes) {
            throw new DocumentTooLarge(maxBytes);
        }
        DocumentType type = typeOf(fileName, content);
        return new StoredDocument(null, owner, safeFileName(fileName, type), type.mediaType(), content.length,
                uploadedBy, now, sha256(content));
    }

    /** The accepted type the content is, or {@link UnsupportedDocumentType} naming what it is. */
    public static DocumentType typeOf(String fileName, byte[] content) {
        String detected = ContentSniffer.mediaTypeOf(fileName, content);
        return Arrays.stream(DocumentType.values())
                .filter(type -> type.mediaType().equals(detected))
                .findFirst()
                .orElseThrow(() -> new UnsupportedDocumentType(detected));
    }

    /**
     * The client's file name without any folder part or control characters (it goes back out in
     * Content-Disposition); a name from the type when nothing is left.
     */
    static String safeFileName(String given, DocumentType type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.matches("\\.+")) {
            return "document." + type.extension();
        }
        return name.length() <= MAX_FILE_NAME_LENGTH ? name : name.substring(name.length() - MAX_FILE_NAME_LENGTH);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
