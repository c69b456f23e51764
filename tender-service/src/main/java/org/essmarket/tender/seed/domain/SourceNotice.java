package org.essmarket.tender.seed.domain;

import java.util.List;

import org.essmarket.tender.tender.domain.AwardCriterion;

/**
 * A BOAMP notice with lots: its web id, the buyer's name (BOAMP gives no SIRET), title, full
 * object, main CPV code, procedure (the BOAMP tag: OUVERT, RESTREINT, PROCEDURE_ADAPTE…), the
 * department it was published for, its lots and the award criteria with their weights.
 */
public record SourceNotice(String idweb, String buyerName, String title, String description, String cpv,
        String procedure, String department, List<SourceLot> lots, List<AwardCriterion> criteria) {

    /** One lot of the notice. */
    public record SourceLot(int number, String title, String cpv) {
    }

    public String sourceKey() {
        return "boamp:" + idweb;
    }
}
