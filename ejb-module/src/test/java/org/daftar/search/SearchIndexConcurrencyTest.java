package org.daftar.search;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Clerks registering receipts at the same time each find their own at once. */
class SearchIndexConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 50;
    private static final Access COLLECTOR = new Access(Set.of(), Set.of(), true);

    @Test
    void everyWriterFindsItsItemRightAfterIndexingIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (SearchIndex index = SearchIndex.inMemory()) {
            List<Future<Integer>> misses = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                misses.add(pool.submit(() -> indexAndFind(index, thread)));
            }
            for (Future<Integer> m : misses) {
                assertThat(m.get(60, TimeUnit.SECONDS)).as("items not found right after index()").isZero();
            }
            assertThat(index.search("receipt", COLLECTOR, SearchIndex.MAX_HITS)).hasSize(THREADS * PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int indexAndFind(SearchIndex index, int thread) {
        int misses = 0;
        for (int i = 0; i < PER_THREAD; i++) {
            String number = "T" + thread + "/" + i + "/2026";
            index.index(new SearchDocument("R:" + thread + "-" + i, SearchDocument.RECEIPT, number,
                    "Receipt " + i, null, null, "REV", LocalDate.of(2026, 1, 1), Set.of(), null, false));
            List<SearchHit> hits = index.search(number, COLLECTOR, 1);
            if (hits.isEmpty() || !hits.get(0).number().equals(number)) {
                misses++;
            }
        }
        return misses;
    }
}
