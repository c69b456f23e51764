package org.essmarket.tender.compliance.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.essmarket.tender.compliance.domain.ComplianceCatalogue;
import org.essmarket.tender.compliance.domain.EuThresholds;
import org.essmarket.tender.compliance.domain.RuleReference;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads {@code reference/compliance-rules.json}: the rules' articles, sources, dates and figures, and
 * the EU thresholds by period. A missing resource, an unknown field or a rule without article or
 * start date stops the service at start-up rather than checking tenders against half a catalogue.
 */
public final class ComplianceReferenceData {

    static final String RESOURCE = "/reference/compliance-rules.json";

    record File(String _comment, List<RuleReference> rules, List<EuThresholds> euThresholds) {
    }

    private ComplianceReferenceData() {
    }

    public static ComplianceCatalogue load() {
        try (InputStream in = ComplianceReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            File file = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
            for (RuleReference rule : file.rules()) {
                if (rule.id() == null || rule.article() == null || rule.from() == null) {
                    throw new IllegalStateException(RESOURCE + ": rule " + rule.id() + " needs an id, article and from");
                }
            }
            return new ComplianceCatalogue(file.rules(), file.euThresholds());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
