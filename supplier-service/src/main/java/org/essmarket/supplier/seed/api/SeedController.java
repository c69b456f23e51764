package org.essmarket.supplier.seed.api;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.essmarket.supplier.seed.application.SiaeImport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST /internal/seed/siae} (service accounts only): runs the SIAE import and streams its
 * progress as text lines ({@code progress 500/3844}, then a summary and the rejected rows), which
 * {@code ./marketplace seed} turns into a progress bar.
 */
@RestController
public class SeedController {

    private final SiaeImport siaeImport;

    public SeedController(SiaeImport siaeImport) {
        this.siaeImport = siaeImport;
    }

    @PostMapping("/internal/seed/siae")
    public ResponseEntity<StreamingResponseBody> importSiaeStructures() {
        StreamingResponseBody body = out -> {
            PrintWriter lines = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
            SiaeImport.Report report = siaeImport.importSiaeStructures(lines::println, 100);
            lines.println("imported " + report.imported() + ", already present " + report.alreadyPresent()
                    + ", rejected " + report.rejected().size() + " of " + report.read() + " rows");
            report.rejected().forEach(reason -> lines.println("rejected " + reason));
        };
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
