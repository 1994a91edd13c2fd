package org.daftar.mis.onboarding;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daftar.platform.BusinessException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFileTest {

    private static final String CSV = "\uFEFFDepartment,section,post,post_en,post_hi,employee_code,name_en,name_hi,login\r\n"
            + "LR,SUR,LR-SUR-AG3-9,Assistant Grade-3,सहायक ग्रेड-3,CG500101,Kiran Dhruw,\"किरण ध्रुव\",kiran.dhruw\r\n"
            + ",,,,,,,,\r\n"
            + "LR,SUR,LR-SUR-AG3-10,Assistant Grade-3,सहायक ग्रेड-3,CG500102,\"Dhruw, Ram\",राम ध्रुव,ram.dhruw\r\n";

    @Test
    void aCsvWithAByteOrderMarkAndHindiIsReadByHeaderSkippingEmptyRows() {
        List<ImportRow> rows = ImportFile.read("Employees.CSV", CSV.getBytes(StandardCharsets.UTF_8));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(ImportColumn.DEPARTMENT)).isEqualTo("LR");
        assertThat(rows.get(0).get(ImportColumn.NAME_HI)).isEqualTo("किरण ध्रुव");
        assertThat(rows.get(1).get(ImportColumn.NAME_EN)).isEqualTo("Dhruw, Ram");
        assertThat(rows.get(1).line()).as("the line in the file, for the person fixing it").isEqualTo(4);
    }

    @Test
    void theFirstSheetOfAnExcelWorkbookIsReadWithNumbersAsTyped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("कर्मचारी");
            String[] head = {"department", "section", "post", "name_hi", "mobile"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("LR");
            r.createCell(1).setCellValue("SUR");
            r.createCell(2).setCellValue("LR-SUR-AG3-9");
            r.createCell(3).setCellValue("किरण\u200Dध्रुव");
            r.createCell(4).setCellValue(9826011111d);
            book.write(out);
        }

        List<ImportRow> rows = ImportFile.read("e.xlsx", out.toByteArray());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get(ImportColumn.NAME_HI)).isEqualTo("किरण\u200Dध्रुव");
            assertThat(row.get(ImportColumn.MOBILE)).isEqualTo("9826011111");
        });
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrOfAnotherKindIsRefusedWithItsReason() {
        assertThatThrownBy(() -> ImportFile.read("a.csv", "department,post\nLR,X\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo("import.file.columns");
                    assertThat(e.args()).containsExactly("section");
                });
        assertThatThrownBy(() -> ImportFile.read("a.pdf", new byte[]{1, 2}))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("import.file.format"));
        assertThatThrownBy(() -> ImportFile.read("a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("import.file.unreadable"));
    }

    @Test
    void theRowsWithErrorsGoBackAsCsvWithTheErrorColumnAndNoLiveFormula() {
        List<ImportRow> rows = ImportFile.read("a.csv", ("department,section,post,name_en\nLR,SUR,P1,=1+1\n")
                .getBytes(StandardCharsets.UTF_8));

        String csv = new String(ImportFile.csv(rows, "error", r -> "name_en: कोई खाना = से शुरू नहीं हो सकता"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFdepartment,section,post,name_en,error\r\n");
        assertThat(csv).contains("'=1+1").contains("name_en: कोई खाना = से शुरू नहीं हो सकता");
        assertThat(ImportFile.read("again.csv", csv.getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(r -> assertThat(r.get(ImportColumn.POST)).isEqualTo("P1"));
    }

    @Test
    void theDocumentedSamplesReadAlikeAndPassTheChecksInTheDemoDistrict() throws Exception {
        List<ImportRow> csv = ImportFile.read("employees-sample.csv", Files.readAllBytes(Path.of("../docs/import/employees-sample.csv")));
        List<ImportRow> xlsx = ImportFile.read("employees-sample.xlsx", Files.readAllBytes(Path.of("../docs/import/employees-sample.xlsx")));

        assertThat(xlsx).extracting(ImportRow::cells).isEqualTo(csv.stream().map(ImportRow::cells).toList());
        List<RowCheck.Checked> checked = RowCheck.check(csv, RowCheckTest.DISTRICT);
        assertThat(checked).allSatisfy(c -> assertThat(c.problems()).isEmpty());
        assertThat(checked).filteredOn(RowCheck.Checked::newUser).hasSize(3);
        assertThat(checked).filteredOn(RowCheck.Checked::newPost).hasSize(4);
    }
}
