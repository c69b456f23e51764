package org.essmarket.tender.document.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

class DocumentChecksTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private final DocumentChecks checks = new DocumentChecks(1024);

    private static DocumentType typeOf(String fileName, byte[] content) {
        return DocumentChecks.typeOf(fileName, content);
    }

    private static void assertRefusedAs(String fileName, byte[] content, String detected) {
        assertThatThrownBy(() -> typeOf(fileName, content))
                .isInstanceOfSatisfying(UnsupportedDocumentType.class, e -> {
                    assertThat(e.detectedType()).isEqualTo(detected);
                    assertThat(e.allowedTypes()).contains("application/pdf", "text/csv");
                });
    }

    @Test
    void recognises_each_accepted_type_by_its_content_whatever_the_file_is_called() {
        assertThat(typeOf("scan.png", SampleFiles.PDF)).isEqualTo(DocumentType.PDF);
        assertThat(typeOf("x", SampleFiles.PNG)).isEqualTo(DocumentType.PNG);
        assertThat(typeOf("x", SampleFiles.JPEG)).isEqualTo(DocumentType.JPEG);
        assertThat(typeOf("x.zip", SampleFiles.docx())).isEqualTo(DocumentType.DOCX);
        assertThat(typeOf("x", SampleFiles.xlsx())).isEqualTo(DocumentType.XLSX);
        assertThat(typeOf("x", SampleFiles.odt())).isEqualTo(DocumentType.ODT);
        assertThat(typeOf("x", SampleFiles.ods())).isEqualTo(DocumentType.ODS);
        assertThat(typeOf("notes", SampleFiles.TEXT)).isEqualTo(DocumentType.TEXT);
        assertThat(typeOf("prix.CSV", "lot;prix\n1;120000\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentType.CSV);
    }

    @Test
    void rejects_an_executable_disguised_as_pdf() {
        assertRefusedAs("cahier-des-charges.pdf", SampleFiles.WINDOWS_EXE, "application/x-msdownload");
        assertRefusedAs("cahier.pdf", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, "application/x-executable");
    }

    @Test
    void rejects_html_and_xml_even_though_they_are_text() {
        assertRefusedAs("avis.pdf", SampleFiles.HTML, "text/html");
        assertRefusedAs("image.png", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                "application/xml");
    }

    @Test
    void rejects_archives_that_are_not_office_documents() {
        assertRefusedAs("offre.docx", SampleFiles.plainZip(), "application/zip");
        assertRefusedAs("slides.odp", SampleFiles.zip("application/vnd.oasis.opendocument.presentation", "content.xml"),
                "application/vnd.oasis.opendocument.presentation");
    }

    @Test
    void text_must_be_valid_utf8_without_nul_bytes() {
        assertRefusedAs("latin1.txt", "Prix unitaire d\u00e9gressif".getBytes(StandardCharsets.ISO_8859_1),
                "application/octet-stream");
        assertRefusedAs("nul.txt", "abc\0def".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
    }

    @Test
    void accepts_a_document_with_its_detected_type_size_and_digest() {
        StoredDocument accepted = checks.accept(DocumentOwner.tender("t1"), "RC.pdf", SampleFiles.PDF, "user-1", NOW);

        assertThat(accepted.contentType()).isEqualTo("application/pdf");
        assertThat(accepted.size()).isEqualTo(SampleFiles.PDF.length);
        assertThat(accepted.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(accepted.uploadedBy()).isEqualTo("user-1");
        assertThat(accepted.uploadedAt()).isEqualTo(NOW);
        assertThat(accepted.id()).isNull();
    }

    @Test
    void refuses_an_empty_file_naming_the_field_and_a_file_over_the_limit() {
        assertThatThrownBy(() -> checks.accept(DocumentOwner.bid("b1"), "x.pdf", new byte[0], "u", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("file"));
        byte[] large = new byte[1025];
        System.arraycopy(SampleFiles.PDF, 0, large, 0, SampleFiles.PDF.length);
        assertThatThrownBy(() -> checks.accept(DocumentOwner.bid("b1"), "x.pdf", large, "u", NOW))
                .isInstanceOf(DocumentTooLarge.class).hasMessageContaining("1024");
    }

    @Test
    void keeps_only_a_safe_file_name() {
        assertThat(DocumentChecks.safeFileName("C:\\Users\\me\\Règlement de consultation.pdf", DocumentType.PDF))
                .isEqualTo("Règlement de consultation.pdf");
        assertThat(DocumentChecks.safeFileName("../../etc/passwd\r\n.txt", DocumentType.TEXT)).isEqualTo("passwd.txt");
        assertThat(DocumentChecks.safeFileName(null, DocumentType.PNG)).isEqualTo("document.png");
        assertThat(DocumentChecks.safeFileName("..", DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(DocumentChecks.safeFileName("a".repeat(300) + ".pdf", DocumentType.PDF)).hasSize(200).endsWith(".pdf");
    }
}
