package org.essmarket.consortium.consortium.domain;

import java.time.Instant;

/** A message in the groupement's thread, written by a user acting for a member supplier. */
public record ConsortiumMessage(String id, String consortiumId, String supplierId, String authorUserId, String text,
        Instant sentAt) {

    public static final int MAX_LENGTH = 4000;

    public static ConsortiumMessage write(String id, Consortium consortium, String authorUserId, String text, Instant now) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidFieldException("text", "Write 1 to " + MAX_LENGTH + " characters");
        }
        Member author = consortium.members().stream().filter(m -> m.status().isConcerned() && m.isActingUser(authorUserId))
                .findFirst().orElseThrow(() -> new InvalidFieldException("text", "Only members write in the thread"));
        return new ConsortiumMessage(id, consortium.id(), author.supplierId(), authorUserId, text.strip(), now);
    }
}
