package org.daftar.mis.pack;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A built pack before it is printed: the district, its departments in order, and every part with
 * its rows. The PDF prints it department by department, the workbook part by part.
 */
public record PackContent(String districtHi, String districtEn, LocalDate meetingDate, LocalDateTime generatedAt,
                          List<Department> departments, List<Part> parts) {

    public record Department(String code, String nameHi, String nameEn) {
        public String both() { return nameHi + " / " + nameEn; }
    }

    public record Part(String key, List<PackColumn> columns, List<PackRow> rows) {

        public List<PackRow> of(String department) {
            return rows.stream().filter(r -> r.department().equals(department)).toList();
        }

        /** The totals row: the number of rows, then each numeric column's total (null where there is none). */
        public List<Long> totals(List<PackRow> rows) {
            return java.util.stream.IntStream.range(0, columns.size())
                    .mapToObj(c -> columns.get(c).total(rows.stream().map(r -> r.cells().get(c)).toList())).toList();
        }
    }
}
