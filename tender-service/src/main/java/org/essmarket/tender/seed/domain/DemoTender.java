package org.essmarket.tender.seed.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.essmarket.tender.tender.domain.TenderTerms;

/**
 * A tender of the demo data, built from real open data: its source, its buyer body, its terms
 * (already checked by the tender rules), and whether it is announced ahead (PLANNED) rather than
 * published. Its id derives from its source, so importing twice finds the same tender.
 */
public record DemoTender(String sourceKey, String buyerSiret, String buyerName, TenderTerms terms, boolean planned) {

    public String id() {
        return UUID.nameUUIDFromBytes(sourceKey.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
