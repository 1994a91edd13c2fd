package org.daftar.mis.pack;

import java.util.List;

/**
 * One part of the weekly review pack: a titled table whose rows each belong to a department. The
 * pack asks every part (a bean implementing this) in {@link #order()}, prints each department's
 * rows of every part in the PDF and gives every part a sheet of its own in the workbook; adding a
 * part to the pack is adding one such bean.
 */
public interface PackPart {

    /** Where the part stands in the pack, smallest first. */
    int order();

    /** The part's title and the file-safe name of its sheet: {@code pack.part.<key>} in the document labels. */
    String key();

    List<PackColumn> columns();

    /** The part's rows for the pack described by {@code scope}, in the order they are printed. */
    List<PackRow> rows(PackScope scope);

    /** Most rows a part lists: more is a matter for the registers, not for a meeting's pack. */
    int MAX_ROWS = 2000;
}
