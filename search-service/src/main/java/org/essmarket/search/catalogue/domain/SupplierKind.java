package org.essmarket.search.catalogue.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of ESS structure (DESIGN.md §3), with the French names users type when they search
 * ("entreprise adaptée" finds the EA even when its own name does not say so).
 */
public enum SupplierKind {
    EI("Entreprise d'insertion"),
    AI("Association intermédiaire"),
    ACI("Atelier et chantier d'insertion"),
    ETTI("Entreprise de travail temporaire d'insertion"),
    EITI("Entreprise d'insertion par le travail indépendant"),
    GEIQ("Groupement d'employeurs pour l'insertion et la qualification"),
    EA("Entreprise adaptée"),
    EATT("Entreprise adaptée de travail temporaire"),
    ESAT("Établissement et service d'aide par le travail"),
    SEP("Structure employant des personnes handicapées"),
    ESUS("Entreprise solidaire d'utilité sociale"),
    SCOP("Société coopérative et participative"),
    SCIC("Société coopérative d'intérêt collectif"),
    ASSOCIATION("Association"),
    OTHER_ESS("Structure de l'économie sociale et solidaire");

    private final String label;

    SupplierKind(String label) {
        this.label = label;
    }

    /** The French name of the kind. */
    public String label() {
        return label;
    }

    /** The kind named by its code, whatever its case ("ea", "EA"); empty for anything else. */
    public static Optional<SupplierKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
