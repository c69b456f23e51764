package org.essmarket.tender.tender.domain;

import java.time.LocalDate;

/**
 * What the legal checks need to know about a tender beyond its object (issue 18, item 1). Each may
 * be left out: a tender written before these facts existed keeps working, and the compliance
 * report says what it assumed.
 *
 * @param nature works, supplies or services; left out, the main CPV code says it
 * @param buyerType left out, the report assumes another public authority
 * @param defenceOrSecurity a defence or security contract (its own threshold; L2112-2 excepts it)
 * @param noticeSentOn when the contract notice is sent; left out, the date the tender is submitted
 * @param priorInformationNoticeOn when a prior information notice was sent, if one was (shorter time limits, R2161-3)
 * @param urgencyReason why the time limits are shortened for urgency; none when there is no urgency
 * @param socialConsiderationsException why the execution conditions leave out social and employment
 *        considerations above the EU thresholds (the exception L2112-2-1 allows)
 * @param socialAndSpecificServices the contract buys the social and other specific services listed in
 *        the code's annex, which an adapted procedure may buy whatever their value (R2123-1, 3°)
 */
public record ProcurementFacts(Nature nature, BuyerType buyerType, boolean defenceOrSecurity, LocalDate noticeSentOn,
        LocalDate priorInformationNoticeOn, String urgencyReason, String socialConsiderationsException,
        boolean socialAndSpecificServices) {

    public static final ProcurementFacts UNSTATED = new ProcurementFacts(null, null, false, null, null, null, null,
            false);

    public ProcurementFacts {
        urgencyReason = blankToNull(urgencyReason);
        socialConsiderationsException = blankToNull(socialConsiderationsException);
    }

    /** Facts without the social and specific services statement. */
    public ProcurementFacts(Nature nature, BuyerType buyerType, boolean defenceOrSecurity, LocalDate noticeSentOn,
            LocalDate priorInformationNoticeOn, String urgencyReason, String socialConsiderationsException) {
        this(nature, buyerType, defenceOrSecurity, noticeSentOn, priorInformationNoticeOn, urgencyReason,
                socialConsiderationsException, false);
    }

    public boolean hasUrgency() {
        return urgencyReason != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
