package org.essmarket.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code "type": "asciifolding"}: folds accents and other non-ASCII characters ("adaptée" becomes "adaptee").
 * Option {@code preserve_original} (default false) also keeps the unfolded token at the same position.
 * Implements {@link NormalizingTokenFilterFactory} so that it is accepted in a keyword normalizer.
 */
public class AsciiFoldingTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    private final boolean preserveOriginal;

    public AsciiFoldingTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
    }

    /**
     * Used by Analyzer#normalize (query-time normalization of prefix, wildcard, fuzzy... terms), which must yield one
     * token. Note: ES indexes keyword values through create(), so preserve_original=true in a normalizer makes indexing
     * fail with "expected to produce exactly 1 token"; this is also how analysis-common behaves.
     */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, false);
    }

    /** Synonym rules are parsed through this chain; two tokens per word would break them (LUCENE-7536). */
    @Override
    public TokenFilterFactory getSynonymFilter() {
        if (!preserveOriginal) {
            return this;
        }
        String name = name();
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return new ASCIIFoldingFilter(tokenStream, false);
            }
        };
    }
}
