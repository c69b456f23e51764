package org.essmarket.search.matching.domain;

/**
 * A user told of a published tender that concerns their supplier. The id is the same each time the
 * same tender is matched for the same user, so a tender pushed again (a retry, a later version)
 * never tells anyone twice.
 */
public record TenderAlert(String id, String recipientUserId, String tenderId, String title) {

    /** The longest title a notification holds (NewNotification). */
    static final int MAX_TITLE_LENGTH = 300;

    public static TenderAlert of(PublishedTender tender, String userId) {
        String title = "Nouvel appel d'offres pour vous : " + (tender.title() == null ? tender.id() : tender.title());
        if (title.length() > MAX_TITLE_LENGTH) {
            title = title.substring(0, MAX_TITLE_LENGTH - 1) + "…";
        }
        return new TenderAlert(idOf(tender.id(), userId), userId, tender.id(), title);
    }

    public static String idOf(String tenderId, String userId) {
        return "tender-alert:" + tenderId + ":" + userId;
    }
}
