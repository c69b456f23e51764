package org.essmarket.tender.seed.domain;

import java.math.BigDecimal;

/**
 * One awarded contract as DECP publishes it (données essentielles de la commande publique, 2019
 * format): the buyer, the object, the CPV code, the procedure, where it is performed
 * ({@code placeType} is DECP's {@code typeCode}: "Code postal", "Code commune", "Code département",
 * "Code région"), the amount, its nature and duration.
 */
public record SourceContract(String id, String buyerSiret, String buyerName, String object, String cpv,
        String procedure, String placeType, String placeCode, BigDecimal amount, String nature,
        Integer durationMonths) {

    /** The key the demo data knows it by: DECP ids are unique per buyer only. */
    public String sourceKey() {
        return "decp:" + buyerSiret + ":" + id;
    }
}
