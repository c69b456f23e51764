package org.essmarket.supplier.seed.api;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.essmarket.platform.web.FieldProblem;
import org.essmarket.platform.web.Problems;
import org.essmarket.supplier.seed.application.DemoMembers;
import org.essmarket.supplier.seed.application.StructureImport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /internal/seed/structures} (supplier-service's own account): lists the real SIAE structures
 * and ESAT sites, and streams its progress as text lines ({@code progress 500/5348}, then a summary and
 * the rejected rows), which
 * {@code ./marketplace seed} turns into a progress bar. {@code POST /internal/seed/demo-members}
 * (service accounts only): makes a demo user a member of the imported structure it acts for.
 */
@RestController
public class SeedController {

    /** A demo user (its Keycloak id, {@code sub}) and the SIRET of the imported structure it acts for. */
    public record DemoMemberRequest(String siret, String userId) {
    }

    /** The structure the demo user acts for; {@code added} is false when it already was a member. */
    public record DemoMemberResponse(String supplierId, String siret, String legalName, String userId,
            boolean added) {
    }

    private final StructureImport structureImport;
    private final DemoMembers demoMembers;

    public SeedController(StructureImport structureImport, DemoMembers demoMembers) {
        this.structureImport = structureImport;
        this.demoMembers = demoMembers;
    }

    @PostMapping("/internal/seed/structures")
    public ResponseEntity<StreamingResponseBody> importStructures() {
        StreamingResponseBody body = out -> {
            PrintWriter lines = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
            StructureImport.Report report = structureImport.importStructures(lines::println, 100);
            lines.println("imported " + report.imported() + ", already present " + report.alreadyPresent()
                    + ", rejected " + report.rejected().size() + " of " + report.read() + " rows");
            report.rejected().forEach(reason -> lines.println("rejected " + reason));
        };
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    @PostMapping("/internal/seed/demo-members")
    public DemoMemberResponse attachDemoMember(@RequestBody DemoMemberRequest request) {
        DemoMembers.Outcome outcome = demoMembers.attach(request.siret(), request.userId());
        return new DemoMemberResponse(outcome.supplier().id(), outcome.supplier().siret().value(),
                outcome.supplier().profile().legalName(), request.userId(), outcome.added());
    }

    @ExceptionHandler(DemoMembers.UnknownSiret.class)
    ProblemDetail unknownSiret(DemoMembers.UnknownSiret e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, e.getMessage(), request.getRequestURI());
        problem.setProperty("errors", List.of(new FieldProblem("siret", "no structure with this SIRET")));
        return problem;
    }
}
