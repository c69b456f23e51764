package org.essmarket.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

class SearchIndexRelayTest {

    private final MovableClock clock = new MovableClock();
    private final FakeSearch search = new FakeSearch();
    private final FakeCollection tenders = new FakeCollection();
    private final SearchIndexRelay relay = new SearchIndexRelay(List.of(tenders), search,
            new SearchSyncProperties(Duration.ofSeconds(1), Duration.ofSeconds(15), 4, Duration.ofSeconds(2),
                    Duration.ofSeconds(5)), clock);

    @Test
    void pushes_pending_changes_and_removals_with_their_versions_then_clears_them() {
        tenders.write("t-1", 3, Map.of("title", "Nettoyage"));
        tenders.write("t-2", 5, null);

        relay.pushPendingChanges();

        assertThat(search.pushes).containsExactly("tenders t-1@3 t-2@5 removed");
        assertThat(tenders.pending).isEmpty();
    }

    @Test
    void a_change_written_while_pushing_keeps_its_mark_and_is_pushed_in_turn() {
        tenders.write("t-1", 3, Map.of("title", "v3"));
        search.duringPush = () -> {
            search.duringPush = () -> { };
            tenders.write("t-1", 4, Map.of("title", "v4"));
        };

        relay.pushPendingChanges();

        assertThat(search.pushes).containsExactly("tenders t-1@3", "tenders t-1@4");
        assertThat(tenders.pending).isEmpty();
    }

    @Test
    void keeps_changes_search_refused_one_by_one() {
        tenders.write("t-1", 1, Map.of());
        tenders.write("t-2", 1, Map.of());
        search.refused = Set.of("t-2");

        relay.pushPendingChanges();

        assertThat(tenders.pending).containsOnlyKeys("t-2");
    }

    @Test
    void a_change_search_keeps_refusing_waits_a_growing_pause_of_its_own_then_is_set_aside_for_good() {
        tenders.write("t-bad", 1, Map.of());
        search.refused = Set.of("t-bad");

        relay.pushPendingChanges();
        assertThat(tenders.failures.get("t-bad")).isEqualTo(
                SyncFailure.retryAt(1, clock.instant().plusSeconds(2), "search-service could not index it"));
        relay.pushPendingChanges();
        assertThat(search.attempts).as("not again before its own pause is over").isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        relay.pushPendingChanges();
        assertThat(tenders.failures.get("t-bad").retryAt()).as("the pause doubled").isEqualTo(clock.instant().plusSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        relay.pushPendingChanges();
        assertThat(tenders.failures.get("t-bad").retryAt()).as("at most the longest pause").isEqualTo(clock.instant().plusSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        relay.pushPendingChanges();

        assertThat(tenders.failures.get("t-bad")).isEqualTo(SyncFailure.givenUp(4, "search-service could not index it"));
        assertThat(tenders.deadLetters()).isEqualTo(1);
        assertThat(tenders.pending).isEmpty();
        clock.advance(Duration.ofHours(1));
        relay.pushPendingChanges();
        assertThat(search.attempts).as("a dead letter is not pushed again").isEqualTo(4);
    }

    @Test
    void changes_search_refuses_do_not_hold_up_the_others() {
        for (int i = 0; i < SearchIndexRelay.BATCH; i++) {
            tenders.write("t-bad-" + i, 1, Map.of());
        }
        search.refused = tenders.pending.keySet().stream().collect(Collectors.toSet());
        relay.pushPendingChanges();

        tenders.write("t-good", 1, Map.of());
        relay.pushPendingChanges();

        assertThat(search.pushes).last().isEqualTo("tenders t-good@1");
        assertThat(tenders.pending).doesNotContainKey("t-good");
    }

    @Test
    void a_change_that_makes_the_whole_push_unacceptable_is_found_and_set_aside_while_the_others_land() {
        for (int i = 1; i <= 5; i++) {
            tenders.write("t-" + i, 1, Map.of());
        }
        search.tooLarge = "t-4";

        relay.pushPendingChanges();

        assertThat(tenders.pending).containsOnlyKeys("t-4");
        assertThat(tenders.failures.get("t-4").failures()).isEqualTo(1);
        assertThat(tenders.failures.get("t-4").reason()).startsWith("413");
        assertThat(search.pushes).as("halved until it was found; every other change landed once")
                .containsExactly("tenders t-1@1 t-2@1", "tenders t-3@1", "tenders t-5@1");
    }

    @Test
    void a_push_search_refuses_to_the_relay_itself_leaves_every_change_pending_without_counting_against_it() {
        tenders.write("t-1", 1, Map.of());
        search.status = HttpStatus.FORBIDDEN;

        relay.pushPendingChanges();

        assertThat(tenders.pending).containsKey("t-1");
        assertThat(tenders.failures).isEmpty();
    }

    @Test
    void while_search_is_down_changes_stay_pending_and_attempts_back_off() {
        tenders.write("t-1", 1, Map.of());
        search.down = true;

        relay.pushPendingChanges();
        relay.pushPendingChanges();
        assertThat(search.attempts).as("second run within the pause does not call search").isEqualTo(1);
        assertThat(tenders.pending).containsKey("t-1");

        clock.advance(Duration.ofSeconds(3));
        relay.pushPendingChanges();
        assertThat(search.attempts).isEqualTo(2);
        clock.advance(Duration.ofSeconds(3));
        relay.pushPendingChanges();
        assertThat(search.attempts).as("the pause grew after the second failure").isEqualTo(2);

        search.down = false;
        clock.advance(Duration.ofSeconds(2));
        relay.pushPendingChanges();
        assertThat(tenders.pending).isEmpty();
    }

    @Test
    void however_long_search_was_down_the_next_attempt_is_at_most_ten_seconds_away() {
        tenders.write("t-1", 1, Map.of());
        search.down = true;
        for (int failure = 0; failure < 12; failure++) {
            relay.pushPendingChanges();
            clock.advance(Duration.ofSeconds(10));
        }
        int attempts = search.attempts;
        search.down = false;

        relay.pushPendingChanges();
        assertThat(search.attempts).isEqualTo(attempts + 1);
        assertThat(tenders.pending).isEmpty();
    }

    /** Keeps changes as MongoIndexedCollection does: due ones first by due time, refused ones aside until their time. */
    private final class FakeCollection implements IndexedCollection {
        final Map<String, VersionedDocument> pending = new LinkedHashMap<>();
        final Map<String, Instant> dueAt = new LinkedHashMap<>();
        final Map<String, SyncFailure> failures = new LinkedHashMap<>();

        void write(String id, long version, Object document) {
            pending.put(id, new VersionedDocument(id, version, document));
            dueAt.put(id, clock.instant());
            failures.remove(id);
        }

        @Override
        public String type() {
            return "tenders";
        }

        @Override
        public List<VersionedDocument> pendingChanges(int limit) {
            return pending.values().stream().filter(change -> !dueAt.get(change.id()).isAfter(clock.instant()))
                    .sorted(Comparator.comparing(change -> dueAt.get(change.id())))
                    .map(change -> change.withFailures(failures.containsKey(change.id())
                            ? failures.get(change.id()).failures() : 0))
                    .limit(limit).toList();
        }

        @Override
        public void markSynced(String id, long version) {
            pending.computeIfPresent(id, (key, change) -> change.version() == version ? null : change);
        }

        @Override
        public void markFailed(String id, long version, SyncFailure failure) {
            if (pending.containsKey(id) && pending.get(id).version() == version) {
                failures.put(id, failure);
                if (failure.givesUp()) {
                    pending.remove(id);
                } else {
                    dueAt.put(id, failure.retryAt());
                }
            }
        }

        @Override
        public long deadLetters() {
            return failures.values().stream().filter(SyncFailure::givesUp).count();
        }
    }

    private static final class FakeSearch extends IndexSyncClient {
        final List<String> pushes = new ArrayList<>();
        Set<String> refused = Set.of();
        String tooLarge;
        HttpStatus status;
        boolean down;
        int attempts;
        Runnable duringPush = () -> { };

        FakeSearch() {
            super(RestClient.builder(), "http://search.invalid", null);
        }

        @Override
        public Set<String> indexAll(String type, List<VersionedDocument> documents) {
            attempts++;
            if (down) {
                throw new IllegalStateException("503 Service Unavailable");
            }
            if (status != null) {
                throw HttpClientErrorException.create(status, status.getReasonPhrase(), null, null, null);
            }
            if (documents.stream().anyMatch(document -> document.id().equals(tooLarge))) {
                throw HttpClientErrorException.create(HttpStatus.PAYLOAD_TOO_LARGE, "Payload Too Large", null,
                        "{\"detail\": \"too large\"}".getBytes(), null);
            }
            pushes.add(type + " " + documents.stream()
                    .map(d -> d.id() + "@" + d.version() + (d.removes() ? " removed" : ""))
                    .collect(Collectors.joining(" ")));
            duringPush.run();
            return documents.stream().map(VersionedDocument::id).filter(id -> !refused.contains(id))
                    .collect(Collectors.toSet());
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
