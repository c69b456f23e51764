package org.essmarket.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

class SearchIndexRelayTest {

    private final MovableClock clock = new MovableClock();
    private final FakeSearch search = new FakeSearch();
    private final FakeCollection tenders = new FakeCollection();
    private final SearchIndexRelay relay = new SearchIndexRelay(List.of(tenders), search, clock);

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

    private static final class FakeCollection implements IndexedCollection {
        final Map<String, VersionedDocument> pending = new LinkedHashMap<>();

        void write(String id, long version, Object document) {
            pending.put(id, new VersionedDocument(id, version, document));
        }

        @Override
        public String type() {
            return "tenders";
        }

        @Override
        public List<VersionedDocument> pendingChanges(int limit) {
            return pending.values().stream().limit(limit).toList();
        }

        @Override
        public void markSynced(String id, long version) {
            pending.computeIfPresent(id, (key, change) -> change.version() == version ? null : change);
        }
    }

    private static final class FakeSearch extends IndexSyncClient {
        final List<String> pushes = new ArrayList<>();
        Set<String> refused = Set.of();
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
