package org.essmarket.tender.tender.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes published tenders once their deadline has passed. */
@Component
class DeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);

    private final TenderService tenders;

    DeadlineJob(TenderService tenders) {
        this.tenders = tenders;
    }

    @Scheduled(fixedDelayString = "${essmarket.tenders.close-interval:30s}", initialDelayString = "${essmarket.tenders.close-interval:30s}")
    void closeTendersPastDeadline() {
        try {
            int closed = tenders.closeTendersPastDeadline();
            if (closed > 0) {
                log.info("Closed {} tender(s) whose deadline passed", closed);
            }
        } catch (RuntimeException e) {
            log.warn("Closing tenders past their deadline failed; next run retries", e);
        }
    }
}
