package org.essmarket.consortium.consortium.persistence;

import java.util.List;

import org.essmarket.consortium.consortium.domain.ConsortiumForm;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A groupement as stored in the {@code consortia} collection. */
@Document("consortia")
public record ConsortiumDocument(
        @Id String id,
        String tenderId,
        ConsortiumForm form,
        String leadSupplierId,
        /** Keycloak subjects of the users acting for the member suppliers: who may open the workspace. */
        @Indexed List<String> memberUserIds,
        @Version Long version) {
}
