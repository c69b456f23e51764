package org.essmarket.supplier.reference.data;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.essmarket.supplier.reference.domain.CpvCatalogue;
import org.essmarket.supplier.reference.domain.CpvEntry;

/** The CPV catalogue held in memory: an immutable map by code plus the entries in code order. */
final class InMemoryCpvCatalogue implements CpvCatalogue {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern SEARCHABLE_CODE = Pattern.compile("\\d{1,8}(-\\d)?");

    private final Map<String, CpvEntry> byCode;
    /** Entries in code order. */
    private final List<CpvEntry> ordered;
    /** For each entry (same index), the folded words of both labels; built on the first search. */
    private volatile String[][] words;

    /** @param entries the entries in code order, codes unique */
    InMemoryCpvCatalogue(List<CpvEntry> entries) {
        this.ordered = List.copyOf(entries);
        Map<String, CpvEntry> map = new HashMap<>(entries.size() * 2);
        entries.forEach(e -> map.put(e.code(), e));
        this.byCode = Map.copyOf(map);
    }

    private String[][] words() {
        String[][] result = words;
        if (result == null) {
            result = new String[ordered.size()][];
            for (int i = 0; i < ordered.size(); i++) {
                CpvEntry e = ordered.get(i);
                result[i] = words(e.labelFr() + ' ' + e.labelEn());
            }
            words = result; // racing threads compute the same immutable index
        }
        return result;
    }

    @Override
    public Optional<CpvEntry> find(String eightDigits) {
        return eightDigits == null ? Optional.empty() : Optional.ofNullable(byCode.get(eightDigits.strip()));
    }

    @Override
    public List<CpvEntry> search(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        String compact = text.replaceAll("\\s+", "");
        List<CpvEntry> found = new ArrayList<>();
        if (SEARCHABLE_CODE.matcher(compact).matches()) {
            String prefix = compact.length() > 8 ? compact.substring(0, 8) : compact;
            for (CpvEntry e : ordered) {
                if (e.code().startsWith(prefix)) {
                    found.add(e);
                    if (found.size() == limit) {
                        break;
                    }
                }
            }
            return List.copyOf(found);
        }
        String[] query = words(text);
        if (query.length == 0) {
            return List.of();
        }
        String[][] labelWords = words();
        for (int i = 0; i < ordered.size() && found.size() < limit; i++) {
            if (matchesAll(labelWords[i], query)) {
                found.add(ordered.get(i));
            }
        }
        return List.copyOf(found);
    }

    @Override
    public int size() {
        return ordered.size();
    }

    private static boolean matchesAll(String[] labelWords, String[] query) {
        for (String q : query) {
            boolean matched = false;
            for (String w : labelWords) {
                if (w.startsWith(q)) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case, accent-free words (an apostrophe or a dash splits words: "l'élevage" → l, elevage). */
    private static String[] words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return NON_WORD.splitAsStream(folded).filter(w -> !w.isEmpty()).distinct().toArray(String[]::new);
    }
}
