package org.essmarket.supplier.supplier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.essmarket.supplier.supplier.application.DirectoryExceptions.StaleVersion;
import org.essmarket.supplier.supplier.domain.Scale;
import org.essmarket.supplier.supplier.domain.Siret;
import org.essmarket.supplier.supplier.domain.Supplier;
import org.essmarket.supplier.supplier.domain.SupplierKind;
import org.essmarket.supplier.supplier.domain.SupplierProfile;
import org.essmarket.supplier.supplier.persistence.SupplierStore;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A merge reads two suppliers and writes both; the store refuses a write whose version moved on
 * (optimistic locking). Here the store is played so that a concurrent change lands between the
 * reads and the writes.
 */
class SupplierMergeTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Caller ADMIN = new Caller("admin", Set.of("admin"));

    private final SupplierStore store = mock(SupplierStore.class);
    private final SupplierDirectory directory = new SupplierDirectory(store, null, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Supplier supplier(String id, String siret, String member) {
        SupplierProfile profile = new SupplierProfile("Atelier " + id, null, null, null, Scale.MICRO,
                Set.of(SupplierKind.EA), null, List.of(), null, null, null, null, null, null, null, null, null, null);
        return Supplier.register(id, Siret.of(siret, "siret"), profile, member, NOW);
    }

    private static Supplier duplicate() {
        Supplier duplicate = supplier("dup", "73282932000074", "alice");
        duplicate.addMember("removed-meanwhile", "alice", NOW);
        return duplicate;
    }

    @Test
    void a_duplicate_that_changed_since_it_was_read_gives_no_survivor_its_members() {
        when(store.findById("dup")).thenReturn(Optional.of(duplicate()));
        when(store.findById("stays")).thenReturn(Optional.of(supplier("stays", "35600000049837", "bob")));
        // A member removed from the duplicate, or another merge of it, since it was read.
        when(store.save(argThat(s -> s != null && s.id().equals("dup"))))
                .thenThrow(new OptimisticLockingFailureException("stale"));

        assertThatThrownBy(() -> directory.mergeSuppliers(ADMIN, "dup", "stays", "same structure"))
                .isInstanceOf(StaleVersion.class);

        verify(store, never()).save(argThat(s -> s != null && s.id().equals("stays")));
    }

    @Test
    void a_survivor_that_changed_meanwhile_is_read_again_and_takes_the_members_over() {
        Supplier survivorChanged = supplier("stays", "35600000049837", "bob");
        survivorChanged.addMember("carol", "bob", NOW);
        when(store.findById("dup")).thenReturn(Optional.of(duplicate()));
        when(store.findById("stays")).thenReturn(Optional.of(supplier("stays", "35600000049837", "bob")),
                Optional.of(survivorChanged));
        when(store.save(any())).thenAnswer(call -> {
            Supplier saved = call.getArgument(0);
            if (saved.id().equals("stays") && !saved.memberIds().contains("carol")) {
                throw new OptimisticLockingFailureException("carol joined meanwhile");
            }
            return saved;
        });

        Supplier survivor = directory.mergeSuppliers(ADMIN, "dup", "stays", "same structure");

        assertThat(survivor.memberIds()).containsExactly("bob", "carol", "alice", "removed-meanwhile");
    }
}
