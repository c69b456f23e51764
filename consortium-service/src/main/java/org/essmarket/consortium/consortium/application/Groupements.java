package org.essmarket.consortium.consortium.application;

import java.util.function.Consumer;

import org.essmarket.consortium.consortium.application.ConsortiumExceptions.GroupementNotFound;
import org.essmarket.consortium.consortium.application.ConsortiumExceptions.NotAllowed;
import org.essmarket.consortium.consortium.application.ConsortiumExceptions.StaleVersion;
import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.domain.ConsortiumRuleViolation;
import org.essmarket.consortium.consortium.persistence.ConsortiumStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loading and saving groupements the way every use case does: non-members get 404, only users
 * acting now for the lead supplier manage, a write names the version it changes (If-Match) and
 * never overwrites a newer one.
 */
@Component
class Groupements {

    private final ConsortiumStore store;

    Groupements(ConsortiumStore store) {
        this.store = store;
    }

    /** The workspace of a groupement the caller's supplier is a member of. */
    Consortium visible(Caller caller, String id) {
        return store.findById(id).filter(c -> c.isVisibleTo(caller.actingFor()))
                .orElseThrow(() -> new GroupementNotFound(id));
    }

    /** A groupement the caller is a member of or invited to (to answer the invitation). */
    Consortium visibleOrInvited(Caller caller, String id) {
        return store.findById(id).filter(c -> c.isVisibleTo(caller.actingFor()) || c.isInvitationFor(caller.actingFor()))
                .orElseThrow(() -> new GroupementNotFound(id));
    }

    /** The lead changes the groupement. */
    Consortium changeAsLead(Caller caller, String id, long expectedVersion, Consumer<Consortium> change) {
        return change(caller, id, expectedVersion, consortium -> {
            if (!consortium.isManagedBy(caller.actingFor())) {
                throw new NotAllowed("Only the members of the mandataire " + consortium.lead().legalName()
                        + " manage the groupement");
            }
            change.accept(consortium);
        });
    }

    /** A member supplier's user changes what concerns that supplier. */
    Consortium changeAsMember(Caller caller, String id, String supplierId, long expectedVersion,
            Consumer<Consortium> change) {
        return change(caller, id, expectedVersion, consortium -> {
            if (consortium.member(supplierId).isEmpty() || !caller.actingFor().contains(supplierId)) {
                throw new NotAllowed("Only the members of supplier " + supplierId + " answer for it");
            }
            change.accept(consortium);
        });
    }

    private Consortium change(Caller caller, String id, long expectedVersion, Consumer<Consortium> change) {
        Consortium consortium = visibleOrInvited(caller, id);
        requireVersion(consortium, expectedVersion);
        change.accept(consortium);
        return save(consortium);
    }

    static void requireVersion(Consortium consortium, long expectedVersion) {
        long current = consortium.version() == null ? 0 : consortium.version();
        if (current != expectedVersion) {
            throw new StaleVersion(consortium.id());
        }
    }

    Consortium save(Consortium consortium) {
        try {
            return store.save(consortium).orElseThrow(() -> new ConsortiumRuleViolation("R2142-23", "Supplier "
                    + consortium.lead().supplierId() + " is already mandataire of a groupement for this tender"));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new StaleVersion(consortium.id());
        }
    }
}
