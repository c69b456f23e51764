package org.essmarket.tender.document.domain;

import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.essmarket.tender.tender.domain.TenderStatus;

/**
 * When a buyer may change a tender's documents (DCE): freely while the tender is editable; once
 * PUBLISHED only by adding (a rectificatif), as suppliers may already have read what is there.
 */
public final class TenderDocumentRules {

    private TenderDocumentRules() {
    }

    public static void requireDocumentsCanBeAdded(Tender tender) {
        if (!tender.isEditable() && tender.status() != TenderStatus.PUBLISHED) {
            throw new TenderRuleViolation(tender.status(),
                    "Documents are added to a PLANNED, DRAFT, REJECTED or PUBLISHED tender, this one is "
                            + tender.status());
        }
    }

    public static void requireDocumentsCanBeRemoved(Tender tender) {
        if (!tender.isEditable()) {
            throw new TenderRuleViolation(tender.status(), "A " + tender.status()
                    + " tender's documents stay as suppliers may have read them: add a rectificatif instead");
        }
    }
}
