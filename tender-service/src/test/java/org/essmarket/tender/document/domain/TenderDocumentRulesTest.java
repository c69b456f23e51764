package org.essmarket.tender.document.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.essmarket.tender.tender.domain.Fixtures;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.essmarket.tender.tender.domain.TenderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TenderDocumentRulesTest {

    private static Tender inStatus(TenderStatus status) {
        return Fixtures.tenderIn(status);
    }

    @ParameterizedTest
    @EnumSource(names = { "PLANNED", "DRAFT", "REJECTED" })
    void an_editable_tenders_documents_are_added_and_removed_freely(TenderStatus status) {
        assertThatCode(() -> TenderDocumentRules.requireDocumentsCanBeAdded(inStatus(status))).doesNotThrowAnyException();
        assertThatCode(() -> TenderDocumentRules.requireDocumentsCanBeRemoved(inStatus(status))).doesNotThrowAnyException();
    }

    @Test
    void a_published_tender_gets_rectificatifs_but_keeps_its_documents() {
        Tender published = inStatus(TenderStatus.PUBLISHED);
        assertThatCode(() -> TenderDocumentRules.requireDocumentsCanBeAdded(published)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TenderDocumentRules.requireDocumentsCanBeRemoved(published))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining("PUBLISHED");
    }

    @ParameterizedTest
    @EnumSource(names = { "SUBMITTED", "CLOSED", "AWARDED", "CANCELLED" })
    void documents_are_frozen_under_review_and_after_closing(TenderStatus status) {
        assertThatThrownBy(() -> TenderDocumentRules.requireDocumentsCanBeAdded(inStatus(status)))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining(status.name());
        assertThatThrownBy(() -> TenderDocumentRules.requireDocumentsCanBeRemoved(inStatus(status)))
                .isInstanceOf(TenderRuleViolation.class).hasMessageContaining(status.name());
    }
}
