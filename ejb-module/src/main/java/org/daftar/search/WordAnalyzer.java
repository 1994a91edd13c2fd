package org.daftar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Whole words folded like {@link DaftarAnalyzer} does, but neither stemmed nor stop-filtered.
 * A word still being typed ("pensi", "नामां") is a prefix of the word, not of its stem, so
 * prefix matching needs the unstemmed words.
 */
final class WordAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, DaftarAnalyzer.normalizing(source));
    }
}
