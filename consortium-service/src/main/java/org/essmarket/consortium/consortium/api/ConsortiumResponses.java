package org.essmarket.consortium.consortium.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.essmarket.consortium.consortium.domain.ChangeRequest;
import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.domain.ConsortiumForm;
import org.essmarket.consortium.consortium.domain.ConsortiumStatus;
import org.essmarket.consortium.consortium.domain.InviteStatus;
import org.essmarket.consortium.consortium.domain.LotOffer;
import org.essmarket.consortium.consortium.domain.Member;
import org.essmarket.consortium.consortium.domain.MemberRole;
import org.essmarket.consortium.consortium.domain.Submission;
import org.essmarket.consortium.consortium.domain.TargetLot;

/** What clients read. Users acting for the suppliers and the outbox stay inside. */
final class ConsortiumResponses {

    private ConsortiumResponses() {
    }

    /**
     * One line of the user's list of groupements; {@code mine}: the suppliers the user acts for in it,
     * with their role and where they stand (an invitation waiting for an answer shows as INVITED).
     */
    record Summary(String id, String tenderId, String tenderTitle, ConsortiumForm form, ConsortiumStatus status,
            String leadSupplierId, Set<Integer> lots, List<MyPlace> mine) {

        static Summary of(Consortium c, Set<String> actingFor) {
            return new Summary(c.id(), c.tender().id(), c.tender().title(), c.form(), c.status(), c.lead().supplierId(),
                    c.lotNumbers(), c.members().stream()
                            .filter(m -> m.status().isConcerned() && actingFor.contains(m.supplierId()))
                            .map(MyPlace::of).toList());
        }
    }

    record MyPlace(String supplierId, String legalName, MemberRole role, InviteStatus status) {

        static MyPlace of(Member m) {
            return new MyPlace(m.supplierId(), m.legalName(), m.role(), m.status());
        }
    }

    record Groupement(String id, String tenderId, String tenderTitle, Instant deadline, ConsortiumForm form,
            ConsortiumStatus status, List<TargetLot> lots, List<MemberView> members, List<Integer> uncoveredLots,
            SubmissionView submission, List<ChangeRequest> changeRequests, Instant createdAt, Long version) {

        static Groupement of(Consortium c) {
            return new Groupement(c.id(), c.tender().id(), c.tender().title(), c.tender().deadline(), c.form(), c.status(),
                    c.lots(), c.members().stream().map(MemberView::of).toList(), c.uncoveredLots(),
                    SubmissionView.of(c.submission()), c.changeRequests(), c.createdAt(), c.version());
        }
    }

    record MemberView(String supplierId, String legalName, Set<String> kinds, MemberRole role, Set<Integer> lots,
            String work, BigDecimal share, InviteStatus status, boolean habilitationGranted) {

        static MemberView of(Member m) {
            return new MemberView(m.supplierId(), m.legalName(), m.kinds(), m.role(), m.lots(), m.work(), m.share(),
                    m.status(), m.habilitationGranted());
        }
    }

    /** The last submission: its bid once recorded, or the rule that refused it. */
    record SubmissionView(int attempt, List<LotOffer> offers, Instant submittedAt, String bidId, String refusedRule,
            String refusal) {

        static SubmissionView of(Submission s) {
            return s == null ? null
                    : new SubmissionView(s.attempt(), s.offers(), s.submittedAt(), s.bidId(), s.refusedRule(), s.refusal());
        }
    }
}
