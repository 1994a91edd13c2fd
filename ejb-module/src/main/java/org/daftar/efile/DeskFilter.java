package org.daftar.efile;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The inbox filters. {@code kind} is RECEIPT or FILE; {@code from} matches the code or designation
 * of the post that sent the item; the dates bound the day it arrived (India).
 */
public record DeskFilter(String kind, Category category, Priority priority, String from, LocalDate arrivedFrom,
                         LocalDate arrivedTo) implements Serializable {

    public static final DeskFilter NONE = new DeskFilter(null, null, null, null, null, null);

    public boolean hasFrom() {
        return from != null && !from.isBlank();
    }

    /** Whether no filter is set (a blank "from" is none). */
    public boolean isNone() {
        return kind == null && category == null && priority == null && !hasFrom() && arrivedFrom == null && arrivedTo == null;
    }
}
