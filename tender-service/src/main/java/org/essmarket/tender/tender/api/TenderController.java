package org.essmarket.tender.tender.api;

import org.essmarket.platform.web.PageResponse;
import org.essmarket.tender.tender.application.TenderCatalogue;
import org.essmarket.tender.tender.application.TenderSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenders")
public class TenderController {

    private final TenderCatalogue catalogue;

    public TenderController(TenderCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    public PageResponse<TenderSummary> listTenders(Pageable page) {
        return PageResponse.of(catalogue.listVisibleTenders(page));
    }
}
