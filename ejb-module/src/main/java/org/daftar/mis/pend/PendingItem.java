package org.daftar.mis.pend;

import java.time.LocalDate;

/** One pending item as the read model records it: what it is, who must act, since when and by when. */
public record PendingItem(PendencyKind kind, Long itemId, Long departmentId, Long sectionId, Long postId,
                          LocalDate since, LocalDate due) {

    /** The counter this item is counted in. */
    public CounterKey key() {
        return new CounterKey(kind, departmentId, sectionId, postId, since, due);
    }

    public record CounterKey(PendencyKind kind, Long departmentId, Long sectionId, Long postId, LocalDate since, LocalDate due) {
    }
}
