package org.essmarket.tender.interest.domain;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.essmarket.tender.tender.domain.InvalidFieldException;
import org.essmarket.tender.tender.domain.Lot;
import org.essmarket.tender.tender.domain.Tender;
import org.essmarket.tender.tender.domain.TenderRuleViolation;
import org.essmarket.tender.tender.domain.TenderStatus;

/**
 * A supplier's interest in a tender, for some of its lots or (no lots) for all of them. A decline
 * says why, for the buyer to learn from it; a reason means nothing on an interest and is dropped.
 *
 * @param note optional free text beside the reason
 */
public record InterestMark(InterestLevel level, DeclineReason reason, String note, Set<Integer> lots) {

    public static final int MAX_NOTE_LENGTH = 1_000;

    public InterestMark {
        lots = lots == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(lots));
    }

    /**
     * A mark on a tender suppliers can still bid for or prepare for: PLANNED or PUBLISHED. Lots must
     * be the tender's.
     */
    public static InterestMark on(Tender tender, InterestLevel level, DeclineReason reason, String note,
            Set<Integer> lots) {
        if (tender.status() != TenderStatus.PLANNED && tender.status() != TenderStatus.PUBLISHED) {
            throw new TenderRuleViolation(tender.status(),
                    "Interest is marked on a PLANNED or PUBLISHED tender, this one is " + tender.status());
        }
        if (level == null) {
            throw new InvalidFieldException("level", "Say INTERESTED or NOT_INTERESTED");
        }
        Set<Integer> tenderLots = tender.terms().lots().stream().map(Lot::number).collect(Collectors.toSet());
        if (lots != null && !tenderLots.containsAll(lots)) {
            throw new InvalidFieldException("lots", "This tender's lots are " + new TreeSet<>(tenderLots));
        }
        if (level == InterestLevel.INTERESTED) {
            return new InterestMark(level, null, null, lots);
        }
        if (reason == null) {
            throw new InvalidFieldException("reason", "Say why you are not interested");
        }
        String strippedNote = note == null || note.isBlank() ? null : note.strip();
        if (strippedNote != null && strippedNote.length() > MAX_NOTE_LENGTH) {
            throw new InvalidFieldException("note", "At most " + MAX_NOTE_LENGTH + " characters");
        }
        return new InterestMark(level, reason, strippedNote, lots);
    }

    /** Whether the mark speaks of this lot: marks without lots speak of the whole tender. */
    public boolean covers(int lotNumber) {
        return lots.isEmpty() || lots.contains(lotNumber);
    }
}
