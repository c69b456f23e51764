package org.essmarket.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * Runs the factories on real Lucene token streams, chained the way ES chains a custom analyzer.
 * IndexSettings and Environment are passed as null: these factories only need them for articles_path.
 */
class AnalysisFiltersTest {

    private static final String TITLE = "L'Entreprise adaptée des marchés publics";

    @Test
    void frenchChainWithLightStemmerMatchesPluralUpperCaseAndMissingAccents() throws IOException {
        assertEquals(List.of("entrepris", "adapt", "march", "public"), frenchText(TITLE, "light_french"));
        // What a user types: plural, upper case, no accents; it must give the same stems as the title.
        assertEquals(List.of("entrepris", "adapt", "march"), frenchText("entreprises ADAPTEES marche", "light_french"));
    }

    @Test
    void otherFrenchStemmersAreAvailable() throws IOException {
        assertEquals(List.of("entrepris", "adapte", "march", "public"), frenchText(TITLE, "minimal_french"));
        // Language names are case-insensitive, as in ES.
        assertEquals(List.of("entrepris", "adapte", "march", "public"), frenchText(TITLE, "French"));
    }

    @Test
    void englishStemmersFollowEsNamesAndTheNameAlias() throws IOException {
        assertEquals(List.of("walk", "poni"), terms(new StandardTokenizer(), "walked ponies", stemmer("english")::create));
        assertEquals(List.of("walk", "poni"), terms(new StandardTokenizer(), "walked ponies",
            new StemmerTokenFilterFactory(null, null, "s", Settings.EMPTY)::create)); // default: porter
        assertEquals(List.of("walk", "pony"), terms(new StandardTokenizer(), "walked ponies", stemmer("light_english")::create));
        assertEquals(List.of("walked", "pony"), terms(new StandardTokenizer(), "walked ponies",
            new StemmerTokenFilterFactory(null, null, "s", Settings.builder().put("name", "minimal_english").build())::create));
    }

    @Test
    void unknownStemmerLanguageIsRejectedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> stemmer("klingon"));
        assertTrue(e.getMessage().contains("[klingon]"), e.getMessage());
        assertTrue(e.getMessage().contains("light_french"), e.getMessage());
    }

    @Test
    void asciiFoldingCanPreserveTheOriginalButNotWhenNormalizingOrParsingSynonyms() throws IOException {
        AsciiFoldingTokenFilterFactory preserving = new AsciiFoldingTokenFilterFactory(null, null, "f",
            Settings.builder().put("preserve_original", true).build());
        // Folded token first, original stacked at the same position (increment 0).
        assertEquals(List.of("marches@1", "marchés@0"), termsWithIncrements("marchés", preserving::create));
        assertEquals(List.of("Ile-de-France"), terms(new KeywordTokenizer(), "Île-de-France", preserving::normalize));
        assertEquals(List.of("Ile-de-France"), terms(new KeywordTokenizer(), "Île-de-France",
            preserving.getSynonymFilter()::create));
    }

    @Test
    void customElisionNeedsArticlesAndHonoursArticlesCase() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new ElisionTokenFilterFactory(null, null, "e", Settings.EMPTY));
        assertTrue(e.getMessage().contains("articles"), e.getMessage());

        Settings articles = Settings.builder().putList("articles", "l", "qu").build();
        TokenFilterFactory caseSensitive = new ElisionTokenFilterFactory(null, null, "e", articles);
        TokenFilterFactory ignoringCase = new ElisionTokenFilterFactory(null, null, "e",
            Settings.builder().put(articles).put("articles_case", true).build());
        assertEquals(List.of("L'arbre", "arbre", "il"), terms(new StandardTokenizer(), "L'arbre l'arbre qu'il", caseSensitive::create));
        assertEquals(List.of("arbre", "arbre", "il"), terms(new StandardTokenizer(), "L'arbre l'arbre qu'il", ignoringCase::create));
    }

    @Test
    void pluginRegistersTheAnalysisCommonNames() throws IOException {
        EssAnalysisPlugin plugin = new EssAnalysisPlugin();
        Set<String> names = Set.of("asciifolding", "elision", "stemmer");
        assertEquals(names, plugin.getTokenFilters().keySet());
        assertEquals(names, plugin.getPreConfiguredTokenFilters().stream().map(PreConfiguredTokenFilter::getName)
            .collect(Collectors.toSet()));
        // The pre-configured elision uses ES's French defaults, which ignore case ("L'" before lowercase).
        assertTrue(FrenchAnalyzer.DEFAULT_ARTICLES.containsAll(List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c",
            "jusqu", "quoiqu", "lorsqu", "puisqu")));
        assertTrue(FrenchAnalyzer.DEFAULT_ARTICLES.contains("L"));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static TokenFilterFactory stemmer(String language) {
        return new StemmerTokenFilterFactory(null, null, "stem", Settings.builder().put("language", language).build());
    }

    /**
     * The project's "french_text" analyzer, built by hand. The index uses the pre-configured "elision" (French articles,
     * case-insensitive); the same articles with articles_case=true behave alike. ES's _french_ stop set is Lucene's.
     */
    private static List<String> frenchText(String text, String stemmerLanguage) throws IOException {
        TokenFilterFactory elision = new ElisionTokenFilterFactory(null, null, "elision",
            Settings.builder().putList("articles", FrenchAnalyzer.DEFAULT_ARTICLES.stream()
                .map(a -> new String((char[]) a)).toList()).put("articles_case", true).build());
        TokenFilterFactory folding = new AsciiFoldingTokenFilterFactory(null, null, "folding", Settings.EMPTY);
        TokenFilterFactory stemmer = stemmer(stemmerLanguage);
        return terms(new StandardTokenizer(), text, ts -> stemmer.create(folding.create(
            new StopFilter(new LowerCaseFilter(elision.create(ts)), FrenchAnalyzer.getDefaultStopSet()))));
    }

    private static List<String> terms(Tokenizer tokenizer, String text, UnaryOperator<TokenStream> chain) throws IOException {
        return termsWithIncrements(tokenizer, text, chain).stream().map(t -> t.substring(0, t.lastIndexOf('@'))).toList();
    }

    private static List<String> termsWithIncrements(String text, UnaryOperator<TokenStream> chain) throws IOException {
        return termsWithIncrements(new StandardTokenizer(), text, chain);
    }

    private static List<String> termsWithIncrements(Tokenizer tokenizer, String text, UnaryOperator<TokenStream> chain)
        throws IOException {
        tokenizer.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream ts = chain.apply(tokenizer)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + inc.getPositionIncrement());
            }
            ts.end();
        }
        return out;
    }
}
