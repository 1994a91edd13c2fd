package org.daftar.mis.pack;

import java.util.Arrays;
import java.util.List;

/** A row of a pack part: the department (code) it belongs to and one cell per column (String, Number or LocalDate). */
public record PackRow(String department, List<Object> cells) {

    public static PackRow of(String department, Object... cells) {
        // not List.of: a cell may be empty (null)
        return new PackRow(department, Arrays.asList(cells));
    }
}
