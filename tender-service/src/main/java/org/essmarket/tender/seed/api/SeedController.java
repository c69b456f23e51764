package org.essmarket.tender.seed.api;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.essmarket.tender.seed.application.TenderSeed;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST /internal/seed/tenders} (service accounts only): imports the demo tenders and streams
 * the progress as text lines ({@code progress 12/39}), then a summary and what was left out, which
 * {@code ./marketplace up} shows as a progress bar.
 */
@RestController
public class SeedController {

    private final TenderSeed seed;

    public SeedController(TenderSeed seed) {
        this.seed = seed;
    }

    @PostMapping("/internal/seed/tenders")
    public ResponseEntity<StreamingResponseBody> importDemoTenders() {
        StreamingResponseBody body = out -> {
            PrintWriter lines = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
            TenderSeed.Report report = seed.importDemoTenders(lines::println);
            lines.println("imported " + report.imported() + ", already present " + report.alreadyPresent() + " of "
                    + report.curated() + " demo tenders");
            report.rejected().forEach(reason -> lines.println("left out " + reason));
        };
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
