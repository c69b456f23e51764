package org.essmarket.consortium.consortium.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.essmarket.consortium.consortium.domain.Consortium;
import org.essmarket.consortium.consortium.domain.ConsortiumMessage;
import org.essmarket.consortium.consortium.domain.Member;
import org.essmarket.consortium.consortium.domain.PartnerCandidate;
import org.essmarket.consortium.consortium.domain.PartnerFit;
import org.essmarket.consortium.consortium.domain.TargetLot;
import org.essmarket.consortium.consortium.persistence.ConsortiumStore;
import org.essmarket.consortium.consortium.persistence.MessageStore;
import org.essmarket.consortium.integration.search.PartnerCatalogue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The groupement workspace: the user's groupements, one groupement, its message thread, partner suggestions. */
@Service
public class ConsortiumWorkspace {

    private final Groupements groupements;
    private final ConsortiumStore consortia;
    private final MessageStore messages;
    private final PartnerCatalogue catalogue;
    private final Clock clock;

    ConsortiumWorkspace(Groupements groupements, ConsortiumStore consortia, MessageStore messages,
            PartnerCatalogue catalogue, Clock clock) {
        this.groupements = groupements;
        this.consortia = consortia;
        this.messages = messages;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The groupements in which the user acts for a member or an invited supplier: nobody else's. */
    public Page<Consortium> listMyConsortia(Caller caller, Pageable page) {
        return consortia.concerning(caller.actingFor(), page);
    }

    /** A groupement of the caller's, or one it is invited to (answers show invitees their invitation only). */
    public Consortium findGroupement(Caller caller, String id) {
        return groupements.visibleOrInvited(caller, id);
    }

    public Page<ConsortiumMessage> readThread(Caller caller, String id, Pageable page) {
        groupements.visible(caller, id);
        return messages.thread(id, page);
    }

    public ConsortiumMessage postMessage(Caller caller, String id, String text) {
        Consortium consortium = groupements.visible(caller, id);
        return messages.insert(ConsortiumMessage.write(UUID.randomUUID().toString(), consortium, caller.userId(),
                caller.actingFor(), text, clock.instant()));
    }

    /** Partners for one lot no accepted member performs yet. */
    public record LotSuggestions(int lotNumber, String title, List<PartnerCandidate> suggestions) {
    }

    /** {@code available} is false when search-service could not answer: the workspace goes on without. */
    public record PartnerSuggestions(boolean available, List<LotSuggestions> lots) {
    }

    public PartnerSuggestions suggestPartners(Caller caller, String id) {
        Consortium consortium = groupements.visible(caller, id);
        Set<String> members = consortium.members().stream().filter(m -> m.status().isConcerned())
                .map(Member::supplierId).collect(Collectors.toSet());
        List<LotSuggestions> lots = new ArrayList<>();
        for (TargetLot lot : consortium.lots()) {
            if (!consortium.uncoveredLots().contains(lot.number())) {
                continue;
            }
            Optional<List<PartnerCandidate>> found = catalogue.candidatesFor(lot);
            if (found.isEmpty()) {
                return new PartnerSuggestions(false, List.of());
            }
            lots.add(new LotSuggestions(lot.number(), lot.title(),
                    PartnerFit.suggestions(lot, consortium.tender().place(), found.get(), members)));
        }
        return new PartnerSuggestions(true, lots);
    }
}
