package org.essmarket.search.catalogue.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The words a supplier is found by. Its own name, brand and description first, then what we know
 * of it in the words users type: the French names of its kinds ("entreprise adaptée"), the labels
 * of its CPV codes ("Services de nettoyage") and the names of its commune (when the owner sends
 * it), department and region. Most SIAE
 * have no description, and their names rarely say what they do: without the labels, "nettoyage"
 * would not find an EI registered for cleaning services.
 */
public final class SupplierSearchText {

    private SupplierSearchText() {
    }

    public static List<String> compose(String legalName, String brand, String description, Collection<String> kinds,
            Collection<String> cpvCodes, String communeName, String departmentCode, String regionCode, Territories territories,
            CpvVocabulary cpv) {
        List<String> text = new ArrayList<>();
        add(text, legalName);
        if (brand != null && !Folding.fold(brand).equals(Folding.fold(legalName))) {
            add(text, brand);
        }
        add(text, description);
        if (kinds != null) {
            kinds.stream().map(SupplierKind::fromCode).flatMap(Optional::stream).map(SupplierKind::label)
                    .forEach(label -> add(text, label));
        }
        if (cpvCodes != null) {
            cpvCodes.stream().filter(Objects::nonNull).map(cpv::label).flatMap(Optional::stream).distinct()
                    .forEach(label -> add(text, label));
        }
        add(text, communeName);
        territories.departmentName(departmentCode).ifPresent(name -> add(text, name));
        territories.regionName(regionCode).ifPresent(name -> add(text, name));
        return List.copyOf(text);
    }

    private static void add(List<String> text, String value) {
        if (value != null && !value.isBlank()) {
            text.add(value.strip());
        }
    }
}
