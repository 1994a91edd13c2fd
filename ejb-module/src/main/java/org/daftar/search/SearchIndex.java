package org.daftar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The full-text index of file and receipt subjects, numbers and senders.
 *
 * <p>A plain class rather than an EJB so that it can be tested without a container; the server
 * wraps one instance per index directory (e.g. in a {@code @Singleton} with
 * {@code @Lock(READ)}) and closes it on shutdown. All methods are thread-safe.
 *
 * <p>Writes are visible to the next search as soon as {@link #index} or {@link #delete} returns,
 * because a clerk who has just registered a receipt searches for it straight away: a search first
 * refreshes the near-real-time reader if anything was written since the last refresh. Many writes
 * between two searches (a busy hour of movements) cost one refresh, not one each. Durability is
 * cheaper still: a commit (an fsync) happens at most every {@value #COMMIT_EVERY_SECONDS} seconds
 * of writing, on {@link #commit()} and on {@link #close()}. Writes lost in a crash can be
 * re-indexed from the database, which remains the source of truth.
 *
 * <p>The index keeps its documents sorted newest first, and hits come in that order (after an item
 * whose number is exactly what was typed). A search therefore reads only the first matches of each
 * segment: a common word that a million subjects hold costs no more than a rare one. Ranking by
 * relevance would have to score every match, which at a district's size took a core for a tenth of
 * a second per search.
 *
 * <p>I/O failures are reported as {@link UncheckedIOException}. User text never causes an
 * exception: see {@link #search(String, Access, String, String, LocalDate, LocalDate, int)}.
 */
public final class SearchIndex implements AutoCloseable {

    /** Upper bound on hits per search, whatever {@code max} asks for. */
    public static final int MAX_HITS = 1000;
    static final int COMMIT_EVERY_SECONDS = 5;
    private static final String COMPLETE = "daftar.complete";
    /**
     * What {@link #markComplete()} records: the layout of the documents of a finished rebuild.
     * Raise it whenever {@link IndexedFields} changes what a document holds, so that an index
     * written by an earlier version counts as incomplete and is rebuilt. 2: the access fields;
     * 3: sorted newest first (an index not so sorted is started afresh, see {@link #sortedOrAbsent}).
     */
    private static final String LAYOUT = "3";

    private static final long COMMIT_EVERY_NANOS = Duration.ofSeconds(COMMIT_EVERY_SECONDS).toNanos();
    /** The order of the documents in the index and of the hits: newest first, undated last. */
    private static final Sort NEWEST = new Sort(newest());

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final UserQuery queries;
    private final AtomicLong lastCommitNanos = new AtomicLong(System.nanoTime());
    /** Writes finished so far, and how many of them the current reader includes. */
    private final AtomicLong written = new AtomicLong();
    private volatile long refreshed;
    private final Object refreshing = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Opens the index in {@code dir}, creating it if it does not exist yet. Only one
     * {@code SearchIndex} (in one JVM) may have a directory open at a time: Lucene's write lock
     * refuses a second one.
     */
    public SearchIndex(Path dir) {
        this(open(dir));
    }

    /** An index held in memory only, for tests and throw-away use. */
    public static SearchIndex inMemory() {
        return new SearchIndex(new ByteBuffersDirectory());
    }

    private SearchIndex(Directory directory) {
        this.directory = directory;
        this.analyzer = new PerFieldAnalyzerWrapper(new DaftarAnalyzer(),
                Map.of(IndexedFields.WORDS, new WordAnalyzer()));
        this.queries = new UserQuery(analyzer);
        IndexWriter w = null;
        try {
            w = new IndexWriter(directory, new IndexWriterConfig(analyzer).setIndexSort(NEWEST)
                    .setOpenMode(sortedOrAbsent(directory) ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE));
            this.writer = w;
            this.searchers = new SearcherManager(w, null);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(w, directory, analyzer);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(w, directory, analyzer);
            throw e;
        }
    }

    private static SortField newest() {
        SortField date = new SortField(IndexedFields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }

    /**
     * Whether {@code directory} holds no index yet or one sorted by {@link #NEWEST}. Lucene cannot
     * sort an existing index, so one written by an earlier version is replaced by an empty one,
     * which is then incomplete and rebuilt.
     */
    private static boolean sortedOrAbsent(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return true;
        }
        for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
            if (!NEWEST.equals(segment.info.getIndexSort())) {
                return false;
            }
        }
        return true;
    }

    private static Directory open(Path dir) {
        try {
            return FSDirectory.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the item, or replaces the item with the same {@link SearchDocument#ref()} (so
     * re-indexing after an edit never leaves the old subject findable). Searches started after
     * this returns see the new version.
     */
    public void index(SearchDocument d) {
        write(() -> writer.updateDocument(refTerm(d.ref()),
                IndexedFields.toDocument(d, analyzer)));
    }

    /**
     * Adds or replaces many items at once (a rebuild): one reader refresh for the lot instead of
     * one per item. Searches started after this returns see them all.
     */
    public void indexAll(Collection<SearchDocument> documents) {
        write(() -> {
            for (SearchDocument d : documents) {
                writer.updateDocument(refTerm(d.ref()), IndexedFields.toDocument(d, analyzer));
            }
        });
    }

    /**
     * Whether a rebuild from the database finished in this index ({@link #markComplete()}) with
     * this version's layout. A new index, one whose rebuild was interrupted by a crash, and one
     * written by a version that indexed less are not complete.
     */
    public boolean isComplete() {
        try {
            return DirectoryReader.indexExists(directory)
                    && LAYOUT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(COMPLETE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records, durably, that the index holds every item of the database (after a rebuild). */
    public void markComplete() {
        writer.setLiveCommitData(Map.of(COMPLETE, LAYOUT).entrySet());
        commit();
    }

    /** Removes the item with this ref, if indexed; searches started after this returns miss it. */
    public void delete(String ref) {
        write(() -> writer.deleteDocuments(refTerm(ref)));
    }

    /** Makes all writes so far durable now, e.g. from a timer or before a backup. */
    public void commit() {
        try {
            lastCommitNanos.set(System.nanoTime());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #search(String, Access, String, String, LocalDate, LocalDate, int)} without further filters. */
    public List<SearchHit> search(String query, Access access, int max) {
        return search(query, access, null, null, null, null, max);
    }

    /**
     * Finds items by what a user typed: either an item's exact number (found first, whatever its
     * case or digit script), or words that must all occur in its number, Hindi or English subject
     * or sender, with the last word also matched as a prefix while it is being typed. Inflections,
     * spelling variants and invisible characters are folded by {@link DaftarAnalyzer}. Any text is
     * accepted: it is never parsed as Lucene syntax.
     *
     * @param query          the user's text; null or blank gives no hits
     * @param access         only items it lets through
     * @param kind           only this {@link SearchDocument#kind()}; null or blank for all
     * @param departmentCode only this department; null or blank for all
     * @param from           only items dated on or after this day; null for no lower bound
     * @param to             only items dated on or before this day; null for no upper bound
     *                       (with either bound, items without a date are left out)
     * @param max            at most this many hits (and at most {@link #MAX_HITS}); below 1 gives none
     * @return the hits: the item with exactly that number first, then the others newest first
     */
    public List<SearchHit> search(String query, Access access, String kind, String departmentCode,
                                  LocalDate from, LocalDate to, int max) {
        if (max < 1) {
            return List.of();
        }
        List<Query> filters = new ArrayList<>();
        filters.add(IndexedFields.access(access));
        exactly(IndexedFields.KIND, kind).ifPresent(filters::add);
        exactly(IndexedFields.DEPARTMENT, departmentCode).ifPresent(filters::add);
        if (from != null || to != null) {
            filters.add(LongPoint.newRangeQuery(IndexedFields.DATE,
                    from == null ? Long.MIN_VALUE : from.toEpochDay(),
                    to == null ? Long.MAX_VALUE : to.toEpochDay()));
        }
        List<Query> inTurn = Stream.of(queries.number(query), queries.words(query))
                .flatMap(Optional::stream).map(q -> filtered(q, filters)).toList();
        return run(inTurn, Math.min(max, MAX_HITS));
    }

    /** Commits pending writes and releases the directory; later calls fail, a second close does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            IOUtils.close(searchers, writer, directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query filtered(Query query, List<Query> filters) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        filters.forEach(f -> filtered.add(f, Occur.FILTER));
        return filtered.build();
    }

    /** The hits of each query in turn, newest first within each, each item once, at most {@code max}. */
    private List<SearchHit> run(List<Query> inTurn, int max) {
        if (inTurn.isEmpty()) {
            return List.of();
        }
        try {
            refreshIfWritten();
            IndexSearcher searcher = searchers.acquire();
            try {
                StoredFields stored = searcher.storedFields();
                Map<String, SearchHit> hits = new LinkedHashMap<>();
                for (Query query : inTurn) {
                    for (ScoreDoc doc : searcher.search(query, max, NEWEST, true).scoreDocs) {
                        if (hits.size() < max) {
                            SearchHit hit = IndexedFields.toHit(stored.document(doc.doc), doc.score);
                            hits.putIfAbsent(hit.ref(), hit);
                        }
                    }
                }
                return List.copyOf(hits.values());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(IndexWrite change) {
        try {
            change.run();
            written.incrementAndGet();
            commitIfDue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refreshes the reader when a write finished after the last refresh began. Searches that find
     * one under way wait for it, because it may include a write they must see.
     */
    private void refreshIfWritten() throws IOException {
        if (refreshed < written.get()) {
            synchronized (refreshing) {
                long now = written.get();
                if (refreshed < now) {
                    searchers.maybeRefreshBlocking();
                    refreshed = now;
                }
            }
        }
    }

    private void commitIfDue() throws IOException {
        long last = lastCommitNanos.get();
        long now = System.nanoTime();
        if (now - last >= COMMIT_EVERY_NANOS && lastCommitNanos.compareAndSet(last, now)) {
            writer.commit();
        }
    }

    private static Optional<Query> exactly(String field, String value) {
        return value == null || value.isBlank()
                ? Optional.empty()
                : Optional.of(new TermQuery(new Term(field, value)));
    }

    private static Term refTerm(String ref) {
        return new Term(IndexedFields.REF, ref);
    }

    @FunctionalInterface
    private interface IndexWrite {
        void run() throws IOException;
    }
}
