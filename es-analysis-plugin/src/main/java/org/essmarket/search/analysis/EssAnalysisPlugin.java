package org.essmarket.search.analysis;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers {@code asciifolding}, {@code elision} and {@code stemmer} under the names ES's analysis-common
 * module uses, so that the same index settings work on the minimal ES distribution (which lacks that module)
 * and on a full one. Never install this plugin next to analysis-common: the names would clash at start-up.
 *
 * <p>Like analysis-common, each name exists twice: as a filter <em>type</em> ({@code "type": "stemmer"} in
 * {@code analysis.filter}, with options) and as a <em>pre-configured</em> filter referenced directly by name in
 * an analyzer's {@code filter} list, with ES's defaults.
 */
public class EssAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding", AsciiFoldingTokenFilterFactory::new,
            // ES refuses a custom elision filter without articles; requiresAnalysisSettings keeps that behaviour.
            "elision", requiresAnalysisSettings(ElisionTokenFilterFactory::new),
            "stemmer", StemmerTokenFilterFactory::new
        );
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        // Same defaults as analysis-common; the boolean says whether the filter may be used in a normalizer.
        return List.of(
            PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
            // DEFAULT_ARTICLES is case-insensitive (l, m, t, qu, n, s, j, d, c, jusqu, quoiqu, lorsqu, puisqu),
            // so "L'Entreprise" is handled even before lowercase.
            PreConfiguredTokenFilter.singleton("elision", true, in -> new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)),
            PreConfiguredTokenFilter.singleton("stemmer", false, PorterStemFilter::new)
        );
    }
}
