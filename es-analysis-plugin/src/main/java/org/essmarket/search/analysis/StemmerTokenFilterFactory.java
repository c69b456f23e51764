package org.essmarket.search.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * {@code "type": "stemmer"} with option {@code language} (or its older alias {@code name}), default
 * {@code porter}. Only the French and English stemmers are provided, each mapped to the same Lucene filter
 * as in ES's analysis-common (names are case-insensitive there too, camelCase aliases included).
 * An unknown language fails when the index is created, not at the first document.
 */
public class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    /** Lower-case language name to filter constructor. Snowball stemmers are stateful: one per stream. */
    private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = new TreeMap<>();

    static {
        register(in -> new SnowballFilter(in, new FrenchStemmer()), "french");
        register(FrenchLightStemFilter::new, "light_french", "lightFrench");
        register(FrenchMinimalStemFilter::new, "minimal_french", "minimalFrench");
        register(PorterStemFilter::new, "english", "porter");
        register(in -> new SnowballFilter(in, new EnglishStemmer()), "porter2");
        register(KStemFilter::new, "light_english", "lightEnglish", "kstem");
        register(EnglishMinimalStemFilter::new, "minimal_english", "minimalEnglish");
        register(EnglishPossessiveFilter::new, "possessive_english", "possessiveEnglish");
    }

    private static void register(UnaryOperator<TokenStream> filter, String... names) {
        for (String name : names) {
            STEMMERS.put(name.toLowerCase(Locale.ROOT), filter);
        }
    }

    private final UnaryOperator<TokenStream> stemmer;

    public StemmerTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        String language = settings.get("language", settings.get("name", "porter"));
        this.stemmer = STEMMERS.get(language.toLowerCase(Locale.ROOT));
        if (stemmer == null) {
            throw new IllegalArgumentException(
                "Unknown stemmer language [" + language + "] for filter [" + name + "]; the ess-analysis plugin supports "
                    + STEMMERS.keySet());
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
