package org.daftar.mis.onboarding;

import org.daftar.org.Text;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** One data row of an import file as read: its line number in the file and its cells by header. */
public record ImportRow(int line, LinkedHashMap<String, String> cells) implements Serializable {

    public static ImportRow of(int line, Map<String, String> cells) {
        return new ImportRow(line, new LinkedHashMap<>(cells));
    }

    /** The cell, stripped and in Unicode NFC; null when empty or absent. */
    public String get(ImportColumn column) {
        return Text.clean(cells.get(column.header()));
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(v -> Text.clean(v) == null);
    }
}
