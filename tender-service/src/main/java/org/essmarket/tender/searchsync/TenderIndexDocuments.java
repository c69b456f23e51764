package org.essmarket.tender.searchsync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.essmarket.tender.buyer.persistence.BuyerBodyStore;
import org.essmarket.tender.reference.domain.ReferenceCodes;
import org.essmarket.tender.tender.domain.Tender;
import org.springframework.stereotype.Component;

/** Maps tenders to what search indexes, looking up the names of their buyer bodies once per batch. */
@Component
class TenderIndexDocuments {

    private final BuyerBodyStore buyers;
    private final ReferenceCodes codes;

    TenderIndexDocuments(BuyerBodyStore buyers, ReferenceCodes codes) {
        this.buyers = buyers;
        this.codes = codes;
    }

    /** By tender id, in the order given. */
    Map<String, TenderIndexDocument> of(List<Tender> tenders) {
        Map<String, String> names = buyers.namesOf(tenders.stream().map(Tender::buyerSiret).distinct().toList());
        Map<String, TenderIndexDocument> result = new LinkedHashMap<>();
        tenders.forEach(tender -> result.put(tender.id(),
                TenderIndexDocument.of(tender, names.get(tender.buyerSiret()), codes)));
        return result;
    }
}
