package org.essmarket.e2e;

import java.util.stream.Collectors;

import org.essmarket.devstack.test.ApiClient;
import org.essmarket.devstack.test.ApiClient.Response;

/**
 * A buyer submits a tender as a client must since the compliance checks (issue 18): with a written
 * reason for each WARNING of the tender's compliance report.
 */
final class TenderSubmissions {

    private TenderSubmissions() {
    }

    /** @param tenderPath {@code /api/v1/tenders/{id}} */
    static Response submitWithReasons(ApiClient gateway, String buyer, String tenderPath) {
        String reasons = gateway.get(tenderPath + "/compliance", buyer).json().path("findings").valueStream()
                .filter(finding -> "WARNING".equals(finding.path("verdict").asString()))
                .map(finding -> "\"%s\": \"Parcours de test : %s\"".formatted(finding.path("ruleId").asString(),
                        finding.path("article").asString()))
                .collect(Collectors.joining(", "));
        return gateway.send("POST", tenderPath + "/submit", buyer, "{\"warningReasons\": {" + reasons + "}}", null);
    }
}
