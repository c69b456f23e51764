package org.essmarket.search.matching.application;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.essmarket.search.index.application.IndexedDocumentListener;
import org.essmarket.search.matching.persistence.AlertWorkDocument;
import org.essmarket.search.matching.persistence.AlertWorkStore;
import org.essmarket.search.notification.application.EmailAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Alerts exactly once, not at most once: in the owner's push, before search answers it, the alert
 * work of the version is recorded in search's store ({@link AlertWorkStore}); a push whose work
 * could not be recorded fails, and the owner pushes it again. The push then tries the work at once
 * (in-app alerts are usually there when the push is answered, as before); work that failed, or
 * whose worker died, is taken again by {@link #runDueWork}, on every replica, with a growing pause
 * between failures. The store gives each piece to one worker at a time and {@link TenderAlerts} is
 * idempotent, so a piece run twice tells nobody twice. Alert emails wait on their notification and
 * are sent by the same job ({@link EmailAlerts#sendDue}).
 */
@Component
public class AlertOutbox implements IndexedDocumentListener {

    private static final Logger log = LoggerFactory.getLogger(AlertOutbox.class);

    private final TenderAlerts alerts;
    private final EmailAlerts email;
    private final AlertWorkStore store;
    private final AlertWorkProperties settings;
    private final boolean enabled;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean storeUnreachable;

    AlertOutbox(TenderAlerts alerts, EmailAlerts email, AlertWorkStore store, AlertWorkProperties settings,
            @Value("${essmarket.matching.tender-alerts}") boolean enabled) {
        this.alerts = alerts;
        this.email = email;
        this.store = store;
        this.settings = settings;
        this.enabled = enabled;
    }

    /**
     * Records the version's alert work (or fails the push), then tries it; a version pushed again
     * (the owner retrying) tries its work again if it is waiting for its next attempt.
     */
    @Override
    public void indexed(String type, String id, long version, Map<String, Object> document) {
        if (!enabled || !alerts.mayAlert(type, id, document)) {
            return;
        }
        Instant now = clock.instant();
        Instant claimedUntil = now.plus(settings.claim());
        if (store.recordClaimed(type, id, version, now, claimedUntil)) {
            attempt(new AlertWorkDocument(AlertWorkDocument.idOf(type, id, version), type, id, version, claimedUntil,
                    1, null, now));
        } else {
            store.claimIfDue(type, id, version, now, claimedUntil).ifPresent(this::attempt);
        }
    }

    /**
     * Takes the work due when the run starts, the longest waiting first (what fails meanwhile waits
     * for a later run), then sends the emails due.
     */
    @Scheduled(fixedDelayString = "${essmarket.matching.alert-work.interval}")
    public void runDueWork() {
        if (!enabled) {
            return;
        }
        Instant start = clock.instant();
        try {
            Optional<AlertWorkDocument> work;
            while ((work = store.claimDue(start, clock.instant().plus(settings.claim()))).isPresent()) {
                attempt(work.get());
            }
            email.sendDue(settings.claim(), settings::pauseAfter);
            storeUnreachable = false;
        } catch (RuntimeException e) {
            if (!storeUnreachable) {
                log.warn("alert work cannot be read ({}); it waits in the store and is taken again", e.toString());
            }
            storeUnreachable = true;
        }
    }

    /** Delivers the alerts of one piece of work; on failure, sets when to try it again. */
    private void attempt(AlertWorkDocument work) {
        try {
            alerts.alert(work.type(), work.documentId(), work.version());
            store.done(work.id());
        } catch (IOException | RuntimeException e) {
            Duration pause = settings.pauseAfter(work.attempts());
            log.warn("alerts of {} {} v{} failed (attempt {}): {}; next attempt in {}", work.type(), work.documentId(),
                    work.version(), work.attempts(), e.toString(), pause);
            try {
                store.retryAt(work.id(), clock.instant().plus(pause), e.toString());
            } catch (RuntimeException unreachable) {
                // The claim lapses instead: the work is taken again once it has.
                log.warn("could not set when to retry the alerts of {} {}: {}", work.type(), work.documentId(),
                        unreachable.toString());
            }
        }
    }
}
