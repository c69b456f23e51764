package org.essmarket.tender.compliance.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.essmarket.tender.compliance.domain.ComplianceCatalogue;
import org.essmarket.tender.compliance.domain.ComplianceChecks;
import org.essmarket.tender.compliance.domain.EuThresholds;
import org.essmarket.tender.compliance.domain.RuleReference;
import org.junit.jupiter.api.Test;

class ComplianceReferenceDataTest {

    private final ComplianceCatalogue catalogue = ComplianceReferenceData.load();

    @Test
    void every_rule_of_the_file_has_its_class() {
        assertThat(ComplianceChecks.withAllRules(catalogue)).isNotNull();
    }

    @Test
    void the_periods_of_a_rule_and_of_the_thresholds_follow_each_other_without_overlap() {
        Map<String, List<RuleReference>> byId = catalogue.rules().stream()
                .collect(Collectors.groupingBy(RuleReference::id));
        byId.forEach((id, periods) -> {
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).from()).as(id).isEqualTo(periods.get(i - 1).until().plusDays(1));
            }
            assertThat(periods.getLast().until()).as(id + " is in force").isNull();
        });
        List<EuThresholds> thresholds = catalogue.euThresholds();
        for (int i = 1; i < thresholds.size(); i++) {
            assertThat(thresholds.get(i).from()).isEqualTo(thresholds.get(i - 1).until().plusDays(1));
        }
        assertThat(thresholds.getLast().until()).isNull();
        assertThat(catalogue.rules()).allSatisfy(rule -> assertThat(rule.article()).matches("[LR]\\d{4}-.*"));
    }
}
