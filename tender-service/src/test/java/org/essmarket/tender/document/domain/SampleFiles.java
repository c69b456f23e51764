package org.essmarket.tender.document.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, made the way their formats lay them out, for content detection tests. */
public final class SampleFiles {

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    public static final byte[] WINDOWS_EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    public static final byte[] HTML = "\uFEFF  <!DOCTYPE html><html><script>alert(1)</script></html>"
            .getBytes(StandardCharsets.UTF_8);
    public static final byte[] TEXT = "Bordereau des prix unitaires — lot n°1\n".getBytes(StandardCharsets.UTF_8);

    private SampleFiles() {
    }

    public static byte[] docx() {
        return zip(null, "[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }

    public static byte[] xlsx() {
        return zip(null, "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    public static byte[] odt() {
        return zip("application/vnd.oasis.opendocument.text", "content.xml", "META-INF/manifest.xml");
    }

    public static byte[] ods() {
        return zip("application/vnd.oasis.opendocument.spreadsheet", "content.xml", "META-INF/manifest.xml");
    }

    public static byte[] plainZip() {
        return zip(null, "setup.exe", "readme.txt");
    }

    /** A ZIP archive; an OpenDocument stores its {@code mimetype} first and uncompressed, as the format requires. */
    static byte[] zip(String odfMimetype, String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (odfMimetype != null) {
                byte[] mimetype = odfMimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
                zip.closeEntry();
            }
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<xml>" + name + "</xml>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
