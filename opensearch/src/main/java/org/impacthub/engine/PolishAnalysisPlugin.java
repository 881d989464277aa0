package org.impacthub.engine;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Lucene's Stempel stemmer for Polish under the names OpenSearch's analysis-stempel plugin
 * gives it (the "polish" analyser and the "polish_stem" token filter), so the hub's index
 * is the same on this test engine and on a cluster with that plugin installed. The plugin
 * itself is not on Maven Central; Lucene's lucene-analysis-stempel jar is.
 */
public final class PolishAnalysisPlugin extends Plugin implements AnalysisPlugin {

    /** Reads the stemmer's table (2 MB) when the node starts, not while an index is made. */
    public PolishAnalysisPlugin() {
        PolishAnalyzer.getDefaultTable();
    }

    /** Lucene loads the stemmer's table once; a stemmer keeps a buffer, so one per stream. */
    private static StempelStemmer stemmer() {
        return new StempelStemmer(PolishAnalyzer.getDefaultTable());
    }

    private static final class PolishStemFilterFactory extends AbstractTokenFilterFactory {
        PolishStemFilterFactory(IndexSettings index, Environment env, String name, Settings settings) {
            super(index, name, settings);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new StempelFilter(tokenStream, stemmer());
        }
    }

    private static final class PolishAnalyzerProvider extends AbstractIndexAnalyzerProvider<PolishAnalyzer> {
        private final PolishAnalyzer analyzer;

        PolishAnalyzerProvider(IndexSettings index, Environment env, String name, Settings settings) {
            super(index, name, settings);
            analyzer = new PolishAnalyzer(PolishAnalyzer.getDefaultStopSet());
        }

        @Override
        public PolishAnalyzer get() {
            return analyzer;
        }
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("polish_stem", PolishStemFilterFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("polish", PolishAnalyzerProvider::new);
    }
}
