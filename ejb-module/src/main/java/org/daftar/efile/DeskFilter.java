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
}
