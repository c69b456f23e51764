package org.essmarket.search.autocomplete.domain;

/**
 * One proposal to complete what the user is typing.
 *
 * @param type {@code supplier}, {@code commune} or {@code cpv}
 * @param label what the user sees: "Villeurbanne (69)", "90910000 — Services de nettoyage"
 * @param value what the client uses: the supplier's id, the commune's INSEE code, the CPV code
 */
public record Suggestion(String type, String label, String value) {
}
