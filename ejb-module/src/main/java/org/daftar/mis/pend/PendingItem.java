package org.daftar.mis.pend;

import java.time.LocalDate;
import java.util.Comparator;

/** One pending item as the read model records it: what it is, who must act, since when and by when. */
public record PendingItem(PendencyKind kind, Long itemId, Long departmentId, Long sectionId, Long postId,
                          LocalDate since, LocalDate due) {

    /** The counter this item is counted in. */
    public CounterKey key() {
        return new CounterKey(kind, departmentId, sectionId, postId, since, due);
    }

    public record CounterKey(PendencyKind kind, Long departmentId, Long sectionId, Long postId, LocalDate since, LocalDate due) {

        /** One total order of counters, in which a transaction locks them. */
        public static final Comparator<CounterKey> ORDER = Comparator.comparing(CounterKey::kind)
                .thenComparing(CounterKey::postId, nullable()).thenComparing(CounterKey::since, nullable())
                .thenComparing(CounterKey::due, nullable()).thenComparing(CounterKey::sectionId, nullable())
                .thenComparing(CounterKey::departmentId, nullable());

        private static <T extends Comparable<? super T>> Comparator<T> nullable() {
            return Comparator.nullsFirst(Comparator.naturalOrder());
        }
    }
}
