package org.essmarket.supplier.supplier.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a supplier says about itself; its members edit it. Identity (SIRET), status and members
 * are not part of the profile: the directory owns them.
 *
 * @param insertionHeadcount people employed on insertion or sheltered contracts
 * @param maxContractValue the largest contract (EUR, excl. VAT) the supplier can take on alone
 * @param website the structure's own site (http or https), whose domain lets its people join it at once
 */
public record SupplierProfile(
        String legalName,
        String brand,
        String legalForm,
        String naf,
        Scale scale,
        Set<SupplierKind> kinds,
        Location location,
        List<Activity> activities,
        String description,
        List<String> labels,
        List<String> networks,
        Integer insertionHeadcount,
        Integer permanentHeadcount,
        BigDecimal turnover,
        List<ClientReference> clientReferences,
        BigDecimal maxContractValue,
        List<Contact> contacts,
        String website) {

    public SupplierProfile {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        activities = activities == null ? List.of() : List.copyOf(activities);
        labels = labels == null ? List.of() : List.copyOf(labels);
        networks = networks == null ? List.of() : List.copyOf(networks);
        clientReferences = clientReferences == null ? List.of() : List.copyOf(clientReferences);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
