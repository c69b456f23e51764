package org.essmarket.tender.tender.application;

import java.util.Arrays;
import java.util.List;

import org.essmarket.tender.tender.domain.TenderStatus;
import org.essmarket.tender.tender.persistence.TenderDocument;
import org.essmarket.tender.tender.persistence.TenderRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Use cases for reading tenders. */
@Service
public class TenderCatalogue {

    private static final List<TenderStatus> VISIBLE_TO_SUPPLIERS = Arrays.stream(TenderStatus.values())
            .filter(TenderStatus::isVisibleToSuppliers)
            .toList();

    private final TenderRepository tenders;

    public TenderCatalogue(TenderRepository tenders) {
        this.tenders = tenders;
    }

    /** Tenders any signed-in user may see: announced, published, closed or awarded ones. */
    public Page<TenderSummary> listVisibleTenders(Pageable page) {
        return tenders.findByStatusIn(VISIBLE_TO_SUPPLIERS, page).map(TenderCatalogue::summary);
    }

    private static TenderSummary summary(TenderDocument tender) {
        return new TenderSummary(tender.id(), tender.buyerSiret(), tender.title(), tender.status(), tender.deadline());
    }
}
