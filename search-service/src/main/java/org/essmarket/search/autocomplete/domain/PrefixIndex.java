package org.essmarket.search.autocomplete.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.essmarket.search.catalogue.domain.Folding;

/**
 * Names found by the first letters of their words, in memory, for reference data that never changes
 * while the service runs (communes, CPV labels). Each name is folded once, at start-up, as users
 * type it: accents, case, hyphens and punctuation do not matter, nor elided articles ("l'aber",
 * "l aber" and "aber" all find L'Abergement-Clémenciat) nor a leading article ("havre" finds Le
 * Havre). Every word typed must begin a word of the name, in any order, the last one being
 * unfinished: "nettoy" finds "Services de nettoyage", "services nett" too.
 *
 * <p>A lookup reads every entry (tens of thousands, about a millisecond): simpler than a trie and
 * fast enough for one request per keystroke.
 */
public final class PrefixIndex {

    /**
     * One thing to find.
     *
     * @param label what the user sees
     * @param value what the client sends back (a code)
     * @param weight the heavier first among names that match equally well (a commune's population)
     * @param names the texts it is found by (a CPV code and its label)
     */
    public record Entry(String label, String value, long weight, List<String> names) {

        public Entry {
            names = List.copyOf(names);
        }
    }

    /** French elided articles and pronouns, as Elasticsearch's elision filter knows them. */
    private static final Pattern ELIDED = Pattern
            .compile("(?iu)\\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:le|la|les) ");

    /** An entry with its names folded: whole (to match from their start) and word by word. */
    private record Folded(Entry entry, Set<String> names, String[] words) {

        /** 0 when a name begins with what was typed, 1 when its words only contain the words typed, else -1. */
        int match(String typed, String[] typedWords) {
            for (String name : names) {
                if (name.startsWith(typed)) {
                    return 0;
                }
            }
            for (String typedWord : typedWords) {
                if (Arrays.stream(words).noneMatch(word -> word.startsWith(typedWord))) {
                    return -1;
                }
            }
            return 1;
        }
    }

    private record Found(Entry entry, int rank) {
    }

    private static final Comparator<Found> BEST_FIRST = Comparator.comparingInt(Found::rank)
            .thenComparing(found -> -found.entry().weight())
            .thenComparing(found -> found.entry().label());

    private final List<Folded> entries;

    public PrefixIndex(Collection<Entry> entries) {
        this.entries = entries.stream().map(PrefixIndex::folded).toList();
    }

    private static Folded folded(Entry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : entry.names()) {
            names.add(Folding.plain(name));
            names.add(LEADING_ARTICLE.matcher(typed(name)).replaceFirst(""));
        }
        names.remove("");
        String[] words = names.stream().flatMap(name -> Stream.of(name.split(" "))).distinct().toArray(String[]::new);
        return new Folded(entry, names, words);
    }

    /**
     * The best {@code limit} entries for what the user typed: names that begin with it first, then
     * the heavier, then in alphabetical order. None when nothing searchable was typed.
     */
    public List<Entry> find(String text, int limit) {
        String typed = typed(text);
        if (typed.isEmpty() || limit < 1) {
            return List.of();
        }
        String[] typedWords = typed.split(" ");
        return entries.stream()
                .map(folded -> new Found(folded.entry(), folded.match(typed, typedWords)))
                .filter(found -> found.rank() >= 0)
                .sorted(BEST_FIRST)
                .limit(limit)
                .map(Found::entry)
                .toList();
    }

    /** Text folded as it is compared, elided articles dropped ("Villeneuve-d'Ascq" → "villeneuve ascq"). */
    static String typed(String text) {
        return Folding.plain(text == null ? "" : ELIDED.matcher(text).replaceAll(""));
    }
}
