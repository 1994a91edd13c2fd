package org.daftar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.Collection;

/**
 * How a {@link SearchDocument} is laid out in Lucene, in one place so that writing and querying
 * cannot drift apart.
 */
final class IndexedFields {

    /** Unique key, untokenised; updates and deletes go by it. */
    static final String REF = "ref";
    static final String KIND = "kind";
    static final String DEPARTMENT = "department";
    /** The number as given, stored only to show it in a hit. */
    static final String NUMBER = "number";
    /** The whole number folded by {@link #numberKey}, for exact lookup. */
    static final String NUMBER_KEY = "numberKey";
    /** Epoch day: a point for range filters, doc values for "newest first". */
    static final String DATE = "date";
    /** Number, subjects and sender, analysed by {@link DaftarAnalyzer} (stemmed). */
    static final String TEXT = "text";
    /** The same texts as whole words (see {@link WordAnalyzer}), for prefix matching. */
    static final String WORDS = "words";
    /** Ids of the posts that hold or held the item: points for the access filter, doc values to check a few hits cheaply. */
    static final String HOLDER = "holder";
    /** Id of the item's section, indexed like {@link #HOLDER}. */
    static final String SECTION = "section";
    /** {@code "true"} or {@code "false"}. */
    static final String CONFIDENTIAL = "confidential";

    private IndexedFields() {
    }

    static Document toDocument(SearchDocument d, Analyzer analyzer) {
        Document doc = new Document();
        doc.add(new StringField(REF, d.ref(), Field.Store.YES));
        doc.add(new StringField(KIND, d.kind(), Field.Store.YES));
        if (d.departmentCode() != null) {
            doc.add(new StringField(DEPARTMENT, d.departmentCode(), Field.Store.NO));
        }
        if (d.number() != null) {
            doc.add(new StoredField(NUMBER, d.number()));
            doc.add(new StringField(NUMBER_KEY, numberKey(analyzer, d.number()), Field.Store.NO));
        }
        if (d.date() != null) {
            doc.add(new LongPoint(DATE, d.date().toEpochDay()));
            doc.add(new NumericDocValuesField(DATE, d.date().toEpochDay()));
        }
        d.holderPostIds().forEach(post -> doc.add(new LongField(HOLDER, post, Field.Store.NO)));
        if (d.sectionId() != null) {
            doc.add(new LongField(SECTION, d.sectionId(), Field.Store.NO));
        }
        doc.add(new StringField(CONFIDENTIAL, String.valueOf(d.confidential()), Field.Store.NO));
        d.texts().forEach(text -> {
            doc.add(new TextField(TEXT, text, Field.Store.NO));
            doc.add(new TextField(WORDS, text, Field.Store.NO));
        });
        return doc;
    }

    /**
     * A number as one folded term: case, full-width characters and Devanagari digits do not stop
     * "lr/१२/2026" from finding "LR/12/2026".
     */
    static String numberKey(Analyzer analyzer, String number) {
        return analyzer.normalize(NUMBER_KEY, number.strip()).utf8ToString();
    }

    /**
     * The items {@code access} lets through: held by one of its posts, or not confidential and
     * either district-wide or in one of its sections ({@code OpenRule} as far as the index knows).
     */
    static Query access(Access access) {
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        if (!access.posts().isEmpty()) {
            anyOf.add(LongField.newSetQuery(HOLDER, longs(access.posts())), Occur.SHOULD);
        }
        if (access.district() || !access.sections().isEmpty()) {
            anyOf.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(CONFIDENTIAL, "false")), Occur.FILTER)
                    .add(access.district() ? new MatchAllDocsQuery() : LongField.newSetQuery(SECTION, longs(access.sections())),
                            Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        return anyOf.build();
    }

    private static long[] longs(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    static SearchHit toHit(Document stored, float score) {
        return new SearchHit(stored.get(REF), stored.get(KIND), stored.get(NUMBER), score);
    }
}
