package org.essmarket.search.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@code "type": "elision"}: strips elided articles ("l'entreprise" becomes "entreprise").
 * Options, parsed by ES's own helper so they behave exactly as in analysis-common:
 * {@code articles} (list), {@code articles_path} (file under the config dir) and {@code articles_case}
 * (default false: matching is case-sensitive, so "L'" is only removed if listed or after lowercase).
 *
 * <p>As in ES, a custom elision filter must list its articles; the French defaults come with the
 * pre-configured filter named {@code elision} (see {@link EssAnalysisPlugin}).
 */
public class ElisionTokenFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

    private final CharArraySet articles;

    public ElisionTokenFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
        super(name);
        this.articles = Analysis.parseArticles(env, settings);
        if (articles == null) {
            // Same message as analysis-common, so that errors read the same on both distributions.
            throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ElisionFilter(tokenStream, articles);
    }
}
