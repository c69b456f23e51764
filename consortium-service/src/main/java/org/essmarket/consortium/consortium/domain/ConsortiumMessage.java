package org.essmarket.consortium.consortium.domain;

import java.time.Instant;
import java.util.Set;

/** A message in the groupement's thread, written by a user acting for a member supplier. */
public record ConsortiumMessage(String id, String consortiumId, String supplierId, String authorUserId, String text,
        Instant sentAt) {

    public static final int MAX_LENGTH = 4000;

    /**
     * {@code actingFor}: the suppliers the author is a member of now; the message is signed by the
     * first of them in the groupement.
     */
    public static ConsortiumMessage write(String id, Consortium consortium, String authorUserId, Set<String> actingFor,
            String text, Instant now) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidFieldException("text", "Write 1 to " + MAX_LENGTH + " characters");
        }
        Member author = consortium.members().stream()
                .filter(m -> m.status().isConcerned() && actingFor.contains(m.supplierId()))
                .findFirst().orElseThrow(() -> new InvalidFieldException("text", "Only members write in the thread"));
        return new ConsortiumMessage(id, consortium.id(), author.supplierId(), authorUserId, text.strip(), now);
    }
}
