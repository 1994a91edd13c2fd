package org.daftar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a Lucene query from what a user typed into the search box.
 *
 * <p>The text is never given to a query parser: it is split into words by the same analyser that
 * indexed the subjects, so quotes, brackets, {@code AND}, {@code *} and the like are just
 * characters and can never make a search fail. There are two queries, which the index runs in
 * turn, because someone who types a number wants that item first:
 * <ul>
 *   <li>{@link #number}: the whole text is the item's number (folded by {@link IndexedFields#numberKey});</li>
 *   <li>{@link #words}: every word occurs, in Hindi or English, in its number, subjects or sender;
 *       the last word also matches as a prefix while it is still being typed (no space after it).</li>
 * </ul>
 * Hindi stop words are skipped unless they are that last, unfinished word.
 */
final class UserQuery {

    /** Words beyond this are ignored, which keeps a pasted paragraph from becoming a huge query. */
    static final int MAX_WORDS = 32;

    private final Analyzer analyzer;

    /** @param analyzer the index's analyser: {@link DaftarAnalyzer}, with {@link WordAnalyzer} for {@link IndexedFields#WORDS} */
    UserQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The item whose whole number is {@code text} (folded by {@link IndexedFields#numberKey}), or empty for a blank text. */
    Optional<Query> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new TermQuery(new Term(IndexedFields.NUMBER_KEY, IndexedFields.numberKey(analyzer, text))));
    }

    /** The items holding every word of {@code text}, or empty if it holds no word to search for. */
    Optional<Query> words(String text) {
        return text == null || text.isBlank() ? Optional.empty() : allWords(text);
    }

    private Optional<Query> allWords(String text) {
        List<Token> words = tokens(IndexedFields.WORDS, text, MAX_WORDS + 1);
        Map<Integer, String> stemAt = new HashMap<>();
        tokens(IndexedFields.TEXT, text, Integer.MAX_VALUE).forEach(t -> stemAt.put(t.start(), t.term()));

        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int count = Math.min(words.size(), MAX_WORDS);
        int clauses = 0;
        for (int i = 0; i < count; i++) {
            Token word = words.get(i);
            Optional<Query> stem = Optional.ofNullable(stemAt.get(word.start()))
                    .map(s -> new TermQuery(new Term(IndexedFields.TEXT, s)));
            boolean beingTyped = i == words.size() - 1 && word.end() == text.length();
            Optional<Query> clause = beingTyped ? Optional.of(stemOrPrefix(stem, word)) : stem;
            if (clause.isPresent()) {
                all.add(clause.get(), Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? Optional.empty() : Optional.of(all.build());
    }

    private static Query stemOrPrefix(Optional<Query> stem, Token word) {
        Query prefix = new PrefixQuery(new Term(IndexedFields.WORDS, word.term()));
        if (stem.isEmpty()) {
            return prefix;
        }
        return new BooleanQuery.Builder()
                .add(stem.get(), Occur.SHOULD)
                .add(prefix, Occur.SHOULD)
                .build();
    }

    private List<Token> tokens(String field, String text, int limit) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (tokens.size() < limit && stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** A term with the span of the typed text it came from. */
    private record Token(String term, int start, int end) {
    }
}
