package org.essmarket.tender.compliance.api;

import org.essmarket.tender.compliance.application.ComplianceService;
import org.essmarket.tender.tender.api.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The legal checks of a tender (issue 18): each rule that concerns it, with its article and verdict. */
@RestController
@RequestMapping("/api/v1/tenders/{tenderId}")
public class ComplianceController {

    private final ComplianceService compliance;

    public ComplianceController(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/compliance")
    @Tag(name = "Compliance")
    @Operation(operationId = "getTenderCompliance", summary = "The tender's compliance report (owner buyer, admins)",
            description = "Each rule of the code de la commande publique that concerns the tender as it stands: "
                    + "id, article, legal source, what the tender says, verdict (COMPLIANT, INFO, WARNING, BLOCKING) "
                    + "and a message in French. Submitting needs a written reason for each WARNING and is refused "
                    + "while one is BLOCKING.")
    @ApiResponse(responseCode = "200", description = "The report")
    ComplianceResponse compliance(@PathVariable String tenderId, Authentication user) {
        return ComplianceResponse.of(compliance.report(Callers.of(user), tenderId));
    }
}
