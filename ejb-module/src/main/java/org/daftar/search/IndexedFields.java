package org.daftar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

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

    static SearchHit toHit(Document stored, float score) {
        return new SearchHit(stored.get(REF), stored.get(KIND), stored.get(NUMBER), score);
    }
}
