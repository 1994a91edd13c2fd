package org.daftar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spellings that must meet at term level, before any index is involved. */
class DaftarAnalyzerTest {

    private static final Analyzer ANALYZER = new DaftarAnalyzer();

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @Test
    void hindiInflectionsShareTheirStem() {
        assertThat(terms("नामांतरणों")).isEqualTo(terms("नामांतरण")).hasSize(1);
    }

    @Test
    void joinersAndSoftHyphensInsideAWordNeitherSplitNorChangeIt() {
        List<String> plain = terms("क्षेत्र");
        assertThat(plain).hasSize(1);
        assertThat(terms("क्\u200Dषेत्र")).as("ZWJ").isEqualTo(plain);
        assertThat(terms("क्\u200Cषेत्र")).as("ZWNJ").isEqualTo(plain);
        assertThat(terms("क्षे\u00ADत्र")).as("soft hyphen").isEqualTo(plain);
        assertThat(terms("pen\u00ADsion")).as("soft hyphen in Latin").isEqualTo(terms("pension"));
    }

    @Test
    void nuktaLetterPrecomposedOrDecomposedIsOneLetter() {
        assertThat(terms("\u095Eाइल")).isEqualTo(terms("\u092B\u093Cाइल")).hasSize(1);
    }

    @Test
    void devanagariDigitsBecomeAsciiDigits() {
        assertThat(terms("२०२६")).containsExactly("2026");
    }

    @Test
    void englishIsCaseFoldedAndStemmedIncludingFullWidthLetters() {
        assertThat(terms("Pensions")).containsExactly("pension");
        assertThat(terms("ＰＥＮＳＩＯＮ")).containsExactly("pension");
    }

    @Test
    void hindiStopWordsAreDropped() {
        assertThat(terms("भूमि का नामांतरण")).hasSize(2).isEqualTo(terms("भूमि नामांतरण"));
    }

    @Test
    void normalizeFoldsAWholeKeyWithoutSplittingIt() {
        assertThat(ANALYZER.normalize("any", "LR/१२/२०२६").utf8ToString()).isEqualTo("lr/12/2026");
    }

    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
