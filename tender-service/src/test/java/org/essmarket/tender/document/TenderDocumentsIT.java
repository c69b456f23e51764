package org.essmarket.tender.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.essmarket.tender.TenderSamples.LYON;
import static org.essmarket.tender.TenderSamples.PARIS;

import java.net.http.HttpResponse;
import java.util.Random;

import org.essmarket.devstack.test.ApiClient.Response;
import org.essmarket.tender.TenderApiScenario;
import org.essmarket.tender.document.domain.SampleFiles;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Tender documents (DCE) through the API, stored in GridFS on the MongoDB stand-in, with real
 * tokens. The document limit is set to 1500 KB here: above the 1 MB limit of other bodies (so an
 * upload between the two proves uploads get their own limit) and small enough to test quickly.
 */
@TestPropertySource(properties = "essmarket.documents.max-size=1500KB")
class TenderDocumentsIT extends TenderApiScenario {

    private static String documents(Tender tender) {
        return "/api/v1/tenders/" + tender.id() + "/documents";
    }

    private static byte[] pdfOfSize(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        System.arraycopy(SampleFiles.PDF, 0, content, 0, SampleFiles.PDF.length);
        return content;
    }

    @Test
    void a_buyer_uploads_a_document_and_anyone_downloads_the_same_bytes_once_the_tender_is_published() {
        Tender tender = tenders.stored(LYON, TenderStatus.DRAFT);
        byte[] content = pdfOfSize(1_200_000); // over the 1 MB limit of other bodies

        Response uploaded = api.upload(documents(tender), buyer, "Règlement de consultation.pdf",
                "application/octet-stream", content);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode document = uploaded.json();
        String path = documents(tender) + "/" + document.get("id").asString();
        assertThat(uploaded.header("Location")).endsWith(path);
        assertThat(document.get("contentType").asString()).as("detected, not declared").isEqualTo("application/pdf");
        assertThat(document.get("size").asLong()).isEqualTo(content.length);
        assertThat(document.get("fileName").asString()).isEqualTo("Règlement de consultation.pdf");
        assertThat(document.has("uploadedBy")).isFalse();

        assertThat(api.download(path, null).statusCode()).as("a draft's documents are not public").isEqualTo(404);
        assertThat(api.download(path, supplier).statusCode()).isEqualTo(404);
        assertThat(api.get(documents(tender), null).status()).isEqualTo(404);
        assertThat(api.download(path, buyer).body()).isEqualTo(content);
        assertThat(api.download(path, admin).statusCode()).isEqualTo(200);

        tenders.moved(store.findById(tender.id()).orElseThrow(), TenderStatus.PUBLISHED);
        HttpResponse<byte[]> anonymous = api.download(path, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo(content);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(anonymous.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename*=UTF-8''R%C3%A8glement%20de%20consultation.pdf");
        Response listed = api.get(documents(tender), null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("sha256").asString()).isEqualTo(document.get("sha256").asString());
    }

    @Test
    void rejects_an_executable_disguised_as_pdf() {
        Tender tender = tenders.stored(LYON, TenderStatus.DRAFT);

        Response exe = api.upload(documents(tender), buyer, "cahier-des-charges.pdf", "application/pdf",
                SampleFiles.WINDOWS_EXE);
        assertProblem(exe, 415);
        assertThat(exe.json().get("detectedType").asString()).isEqualTo("application/x-msdownload");
        assertThat(exe.json().get("allowedTypes").toString()).contains("application/pdf", "image/png", "text/csv");

        Response html = api.upload(documents(tender), buyer, "avis.pdf", "application/pdf", SampleFiles.HTML);
        assertProblem(html, 415);
        assertThat(html.json().get("detectedType").asString()).isEqualTo("text/html");
        assertThat(api.get(documents(tender), buyer).body()).as("nothing stored").isEqualTo("[]");
    }

    @Test
    void refuses_a_document_over_the_limit_with_413_problem() {
        Tender tender = tenders.stored(LYON, TenderStatus.DRAFT);

        Response tooLarge = api.upload(documents(tender), buyer, "plans.pdf", "application/pdf", pdfOfSize(1_600_000));
        assertProblem(tooLarge, 413);
        assertThat(tooLarge.body()).contains(String.valueOf(1_500 * 1024));
        assertThat(api.get(documents(tender), buyer).body()).isEqualTo("[]");

        Response largeJson = api.send("POST", "/api/v1/tenders", buyer, "{\"title\": \"" + "x".repeat(1_200_000) + "\"}",
                null);
        assertProblem(largeJson, 413); // other endpoints keep the 1 MB body limit
    }

    @Test
    void only_the_buyer_body_changes_documents_and_published_ones_stay() {
        Tender tender = tenders.stored(LYON, TenderStatus.DRAFT);
        String first = api.upload(documents(tender), buyer, "a.txt", "text/plain", SampleFiles.TEXT).json().get("id")
                .asString();

        assertProblem(api.upload(documents(tender), supplier, "a.pdf", "application/pdf", SampleFiles.PDF), 403);
        assertProblem(api.upload(documents(tender), null, "a.pdf", "application/pdf", SampleFiles.PDF), 401);
        assertProblem(api.upload(documents(tenders.stored(PARIS, TenderStatus.DRAFT)), buyer, "a.pdf", "application/pdf",
                SampleFiles.PDF), 404);
        assertProblem(api.upload(documents(tenders.stored(PARIS, TenderStatus.PUBLISHED)), buyer, "a.pdf",
                "application/pdf", SampleFiles.PDF), 403);
        assertProblem(api.send("DELETE", documents(tender) + "/" + first, supplier, null, null), 403);

        tenders.moved(store.findById(tender.id()).orElseThrow(), TenderStatus.PUBLISHED);
        Response removePublished = api.send("DELETE", documents(tender) + "/" + first, buyer, null, null);
        assertProblem(removePublished, 409);
        assertThat(removePublished.body()).contains("PUBLISHED");
        Response rectificatif = api.upload(documents(tender), buyer, "rectificatif.odt", "application/octet-stream",
                SampleFiles.odt());
        assertThat(rectificatif.status()).as(rectificatif.body()).isEqualTo(201);
        assertThat(rectificatif.json().get("contentType").asString()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(api.get(documents(tender), null).json().size()).isEqualTo(2);

        Tender draft = tenders.stored(LYON, TenderStatus.DRAFT);
        String removable = api.upload(documents(draft), buyer, "a.png", "image/png", SampleFiles.PNG).json().get("id")
                .asString();
        assertProblem(api.send("DELETE", documents(tender) + "/" + removable, buyer, null, null), 409);
        assertProblem(api.get(documents(tender) + "/" + removable, buyer), 404); // not through another tender
        assertThat(api.send("DELETE", documents(draft) + "/" + removable, buyer, null, null).status()).isEqualTo(204);
        assertProblem(api.get(documents(draft) + "/" + removable, buyer), 404);
        assertProblem(api.get(documents(draft) + "/not-an-id", buyer), 404);
    }

    @Test
    void an_upload_without_a_file_part_is_a_400_problem() {
        Tender tender = tenders.stored(LYON, TenderStatus.DRAFT);

        assertProblem(api.send("POST", documents(tender), buyer, "{\"file\": \"JVBERi0=\"}", null), 415);
        Response empty = api.upload(documents(tender), buyer, "vide.pdf", "application/pdf", new byte[0]);
        assertProblem(empty, 400);
        assertThat(empty.body()).contains("\"field\":\"file\"");
    }
}
