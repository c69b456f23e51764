package org.essmarket.consortium.consortium.application;

import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.persistence.ConsortiumStore;
import org.essmarket.consortium.integration.search.NotificationClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the groupements' pending notifications (invitations, changes, outcome of the submission) to
 * search-service. They wait in each groupement's outbox while search-service is down; their ids are
 * stable, so a retry never tells anyone twice.
 */
@Component
public class ConsortiumNotifier {

    private static final Logger log = LoggerFactory.getLogger(ConsortiumNotifier.class);

    private final ConsortiumStore store;
    private final NotificationClient notifications;

    ConsortiumNotifier(ConsortiumStore store, NotificationClient notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    @Scheduled(fixedDelayString = "${essmarket.consortia.notification-interval}",
            initialDelayString = "${essmarket.consortia.notification-interval}")
    public void sendNotices() {
        for (Consortium consortium : store.withNoticesToSend(50)) {
            try {
                notifications.deliver(consortium.notices());
            } catch (RuntimeException searchServiceDown) {
                log.warn("Could not notify the members of groupement {} yet ({}); retrying later", consortium.id(),
                        searchServiceDown.toString());
                return;
            }
            store.removeNotices(consortium.id(), consortium.notices());
        }
    }
}
