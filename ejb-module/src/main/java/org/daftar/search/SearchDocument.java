package org.daftar.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the index knows about one file or receipt: enough to find it by its words or number, to
 * filter by kind, department and date, and to tell who may open it (see {@link Access}), so that a
 * search returns hardly anything its searcher may not open. Everything else is read from the
 * database by {@link #ref()}, and the database has the last word on who may open an item: these
 * facts are as of the item's last indexing.
 *
 * @param ref            unique key of the item, e.g. {@code "F:123"} or {@code "R:45"}; indexing
 *                       the same ref again replaces the earlier version
 * @param kind           {@link #FILE} or {@link #RECEIPT}
 * @param number         the number people quote, e.g. {@code "REV/LR/12-3/0045/2026"}; may be null
 * @param subjectEn      English subject; may be null
 * @param subjectHi      Hindi subject; may be null
 * @param sender         sender of a receipt; may be null
 * @param departmentCode owning department, e.g. {@code "REV"}; may be null
 * @param date           date of the file or receipt, for date filters and for the order of the
 *                       hits (newest first; items of one day in the order they were last indexed,
 *                       undated ones last); may be null
 * @param holderPostIds  ids of every post that holds or has held the item (the current holder too)
 * @param sectionId      id of the item's section; may be null
 * @param confidential   whether only its holders and their superiors may open it
 */
public record SearchDocument(String ref, String kind, String number, String subjectEn,
                             String subjectHi, String sender, String departmentCode,
                             LocalDate date, Set<Long> holderPostIds, Long sectionId, boolean confidential) {

    /** {@link #kind()} of a file (नस्ती). */
    public static final String FILE = "FILE";
    /** {@link #kind()} of a receipt (डाक). */
    public static final String RECEIPT = "RECEIPT";

    public SearchDocument {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        if (ref.isBlank()) {
            throw new IllegalArgumentException("ref must not be blank");
        }
        holderPostIds = holderPostIds == null ? Set.of() : Set.copyOf(holderPostIds);
    }

    /** The free texts a user's words are matched against. */
    Stream<String> texts() {
        return Stream.of(number, subjectEn, subjectHi, sender).filter(Objects::nonNull);
    }
}
