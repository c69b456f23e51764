package org.essmarket.tender.document.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a file really is, read from its bytes (magic numbers, ZIP entry names, UTF-8 validity):
 * the client's Content-Type and file extension prove nothing. Answers a media type, allowed or not,
 * so that a refusal can name what was found.
 */
public final class ContentSniffer {

    static final String ZIP = "application/zip";
    static final String WINDOWS_EXECUTABLE = "application/x-msdownload";
    static final String ELF_EXECUTABLE = "application/x-executable";
    static final String HTML = "text/html";
    static final String XML = "application/xml";
    static final String UNKNOWN_BINARY = "application/octet-stream";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] ELF_SIGNATURE = {0x7F, 'E', 'L', 'F'};
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
    private static final String ODF_MIMETYPE_PREFIX = "application/vnd.oasis.opendocument.";

    private ContentSniffer() {
    }

    public static String mediaTypeOf(String fileName, byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return DocumentType.PDF.mediaType();
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return DocumentType.PNG.mediaType();
        }
        if (startsWith(content, JPEG_SIGNATURE)) {
            return DocumentType.JPEG.mediaType();
        }
        if (startsWith(content, ZIP_SIGNATURE)) {
            return zipKind(content);
        }
        if (startsWith(content, new byte[] {'M', 'Z'})) {
            return WINDOWS_EXECUTABLE;
        }
        if (startsWith(content, ELF_SIGNATURE)) {
            return ELF_EXECUTABLE;
        }
        if (isUtf8TextWithoutNul(content)) {
            return textKind(fileName, content);
        }
        return UNKNOWN_BINARY;
    }

    /**
     * Office files are ZIP archives told apart by their entries: OOXML by its main part, ODF by the
     * {@code mimetype} entry it must store first. Any other archive could hide anything: refused.
     */
    private static String zipKind(byte[] zip) {
        String odfMimetype = odfMimetype(zip);
        if (DocumentType.ODT.mediaType().equals(odfMimetype)) {
            return DocumentType.ODT.mediaType();
        }
        if (DocumentType.ODS.mediaType().equals(odfMimetype)) {
            return DocumentType.ODS.mediaType();
        }
        Set<String> entries = zipEntryNames(zip);
        if (entries.contains("word/document.xml")) {
            return DocumentType.DOCX.mediaType();
        }
        if (entries.contains("xl/workbook.xml")) {
            return DocumentType.XLSX.mediaType();
        }
        return odfMimetype != null ? odfMimetype : ZIP;
    }

    /** The content of the first entry when it is an uncompressed {@code mimetype} (OpenDocument), else null. */
    private static String odfMimetype(byte[] zip) {
        if (zip.length < 30 || uint16(zip, 8) != 0) {
            return null;
        }
        int nameLength = uint16(zip, 26);
        int dataStart = 30 + nameLength + uint16(zip, 28);
        long dataLength = uint32(zip, 18);
        if (dataStart + dataLength > zip.length || dataLength > 200
                || !"mimetype".equals(new String(zip, 30, nameLength, StandardCharsets.US_ASCII))) {
            return null;
        }
        String mimetype = new String(zip, dataStart, (int) dataLength, StandardCharsets.US_ASCII);
        return mimetype.startsWith(ODF_MIMETYPE_PREFIX) ? mimetype : null;
    }

    /** Entry names from the central directory, without inflating anything (a ZIP bomb costs nothing here). */
    private static Set<String> zipEntryNames(byte[] zip) {
        Set<String> names = new HashSet<>();
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (uint32(zip, i) == END_OF_CENTRAL_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int entries = uint16(zip, end + 10);
        long position = uint32(zip, end + 16);
        for (int i = 0; i < entries && position + 46 <= zip.length; i++) {
            int at = (int) position;
            if (uint32(zip, at) != CENTRAL_DIRECTORY_ENTRY) {
                break;
            }
            int nameLength = uint16(zip, at + 28);
            if (at + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            position = at + 46L + nameLength + uint16(zip, at + 30) + uint16(zip, at + 32);
        }
        return names;
    }

    /** Markup served back could run in a reader's browser: text that opens with a tag is not plain text. */
    private static String textKind(String fileName, byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<")) {
            return head.contains("<html") || head.contains("<!doctype html") || head.contains("<script")
                    ? HTML : XML;
        }
        boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
        return (csv ? DocumentType.CSV : DocumentType.TEXT).mediaType();
    }

    private static boolean isUtf8TextWithoutNul(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192); // decoded in slices: a large file needs no large buffer
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int uint16(byte[] b, int at) {
        return at < 0 || at + 2 > b.length ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long uint32(byte[] b, int at) {
        return at < 0 || at + 4 > b.length ? -1 : (uint16(b, at) & 0xFFFFL) | (long) uint16(b, at + 2) << 16;
    }
}
