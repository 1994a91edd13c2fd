package org.daftar.search;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Turns Hindi and English office text into search terms, so that the spellings people actually
 * type find each other.
 *
 * <p>The chain is {@code StandardTokenizer → ICUNormalizer2Filter(nfkc_cf) → DecimalDigitFilter →
 * IndicNormalizationFilter → HindiNormalizationFilter → StopFilter(Hindi stop words) →
 * HindiStemFilter → PorterStemFilter}, the one that passed every check in STACK.md:
 * <ul>
 *   <li>NFKC case folding unifies precomposed and decomposed nukta letters (फ़), full-width Latin
 *       and upper/lower case, and drops invisible characters (ZWJ, ZWNJ, soft hyphen) that Hindi
 *       keyboards and word processors put inside words;</li>
 *   <li>Devanagari digits (२०२६) become ASCII digits (2026), so dates and numbers match;</li>
 *   <li>the Indic and Hindi normalisers fold the spelling variants of Devanagari (nukta,
 *       chandrabindu/anusvara, long/short vowels) that readers treat as the same word;</li>
 *   <li>the two stemmers make inflected forms meet: नामांतरणों finds नामांतरण, "pensions" finds
 *       "pension". Porter leaves Devanagari alone and the Hindi stemmer leaves Latin alone, so
 *       one chain serves both languages of a bilingual subject.</li>
 * </ul>
 * Analyzers are thread-safe; one instance serves the whole index.
 */
public final class DaftarAnalyzer extends Analyzer {

    private static final Normalizer2 NFKC_CASEFOLD =
            Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = normalizing(source);
        result = new StopFilter(result, HindiAnalyzer.getDefaultStopSet());
        result = new HindiStemFilter(result);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /**
     * The character-level part of the chain without stop words and stemming: what
     * {@link #normalize(String, String)} applies to whole keys (file numbers) and to prefixes,
     * which must be folded like words but not cut down to stems.
     */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalizing(in);
    }

    /** The folding shared by whole words, prefixes and keys; see the class comment for why. */
    static TokenStream normalizing(TokenStream in) {
        TokenStream result = new ICUNormalizer2Filter(in, NFKC_CASEFOLD);
        result = new DecimalDigitFilter(result);
        result = new IndicNormalizationFilter(result);
        return new HindiNormalizationFilter(result);
    }
}
