package org.daftar.mis.pack;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The pack's workbook opens with POI: a sheet per part, numbers and dates typed, totals that a recount confirms. */
class ReviewPackXlsxTest {

    @Test
    void aSheetPerPartWithTypedCellsAndTotalsEqualToARecount() throws Exception {
        PackContent pack = PackSample.pack(3);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReviewPackXlsx.render(pack)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(pack.parts().size());
            assertThat(book.getSheetName(0)).isEqualTo("समय-सीमा पत्र");

            Sheet letters = book.getSheetAt(0);
            assertThat(letters.getRow(0).getCell(0).getStringCellValue()).isEqualTo("विभाग / Department");
            assertThat(letters.getRow(0).getCell(6).getStringCellValue()).isEqualTo("विलंब (कार्य दिवस) / Working days overdue");
            int items = 0;
            int overdue = 0;
            int r = 1;
            for (; !letters.getRow(r).getCell(0).getStringCellValue().startsWith("कुल"); r++) {
                Row row = letters.getRow(r);
                items++;
                Cell days = row.getCell(6);
                assertThat(days.getCellType()).isEqualTo(CellType.NUMERIC);
                overdue += days.getNumericCellValue() > 0 ? 1 : 0;
                Cell deadline = row.getCell(5);
                assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
                assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
                assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isBefore(LocalDate.of(2026, 12, 4));
                assertThat(row.getCell(2).getStringCellValue()).doesNotStartWith("=");
            }
            // the independent count: what the sample put in, department by department
            long expectedOverdue = pack.parts().get(0).rows().stream().filter(x -> ((Number) x.cells().get(5)).intValue() > 0).count();
            assertThat(items).isEqualTo(pack.departments().size() * 3);
            assertThat(overdue).isEqualTo(expectedOverdue).isPositive();
            Row totals = letters.getRow(r);
            assertThat(totals.getCell(1).getNumericCellValue()).as("items").isEqualTo(items);
            assertThat(totals.getCell(6).getNumericCellValue()).as("overdue").isEqualTo(overdue);

            Sheet delays = book.getSheetAt(1);
            Row last = delays.getRow(delays.getLastRowNum());
            int n = pack.departments().size() * 3;
            assertThat(last.getCell(6).getNumericCellValue()).as("days over the limit add up: 1 + 2 + … + n").isEqualTo(n * (n + 1) / 2);
            assertThat(last.getCell(5)).as("desk limits do not add up").isNull();
            assertThat(delays.getRow(1).getCell(1).getStringCellValue()).isEqualTo("F/1");
            assertThat(delays.getRow(1).getCell(0).getStringCellValue()).isEqualTo("सामान्य प्रशासन (कलेक्टोरेट) / Collectorate (General Administration)");
        }
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        assertThat(ReviewPackXlsx.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ReviewPackXlsx.neutralised("+91")).isEqualTo("'+91");
        assertThat(ReviewPackXlsx.neutralised("-1")).isEqualTo("'-1");
        assertThat(ReviewPackXlsx.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReviewPackXlsx.neutralised("नामांतरण = 3")).isEqualTo("नामांतरण = 3");
    }
}
