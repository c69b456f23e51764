package org.essmarket.consortium.consortium.application;

import org.essmarket.consortium.consortium.persistence.ConsortiumDocument;
import org.essmarket.consortium.consortium.persistence.ConsortiumRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Use cases of the groupement workspace. */
@Service
public class ConsortiumWorkspace {

    private final ConsortiumRepository consortia;

    public ConsortiumWorkspace(ConsortiumRepository consortia) {
        this.consortia = consortia;
    }

    /** The groupements in which the user acts for a member: nobody else's. */
    public Page<ConsortiumSummary> listMyConsortia(String userId, Pageable page) {
        return consortia.findByMemberUserIds(userId, page).map(ConsortiumWorkspace::summary);
    }

    private static ConsortiumSummary summary(ConsortiumDocument consortium) {
        return new ConsortiumSummary(consortium.id(), consortium.tenderId(), consortium.form(),
                consortium.leadSupplierId());
    }
}
