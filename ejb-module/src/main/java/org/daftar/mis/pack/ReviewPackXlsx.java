package org.daftar.mis.pack;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daftar.document.Labels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pack as an Excel workbook: a sheet per part (its Hindi name), a bilingual header row, a
 * row per item with its department, numbers as numbers and dates as dates (dd-mm-yyyy), and a
 * totals row: the number of items, then each numeric column's total. Text that a spreadsheet
 * would take for a formula (= + - @ at the start) is neutralised with a leading apostrophe.
 */
public final class ReviewPackXlsx {

    private static final int TEXT_WIDTH = 36;
    private static final int NARROW_WIDTH = 13;

    private ReviewPackXlsx() {
    }

    public static byte[] render(PackContent pack) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            Map<String, String> names = pack.departments().stream()
                    .collect(Collectors.toMap(PackContent.Department::code, PackContent.Department::both));
            for (PackContent.Part part : pack.parts()) {
                sheet(book.createSheet(WorkbookUtil.createSafeSheetName(Labels.hi("pack.sheet." + part.key()))), part,
                        code -> names.getOrDefault(code, code), bold, date);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the review pack workbook", e);
        }
    }

    private static void sheet(Sheet sheet, PackContent.Part part, Function<String, String> department, CellStyle bold, CellStyle date) {
        List<PackColumn> columns = part.columns();
        Row header = sheet.createRow(0);
        text(header.createCell(0), Labels.both("pack.column.department")).setCellStyle(bold);
        sheet.setColumnWidth(0, TEXT_WIDTH * 256);
        for (int c = 0; c < columns.size(); c++) {
            text(header.createCell(c + 1), Labels.both("pack.column." + columns.get(c).key())).setCellStyle(bold);
            sheet.setColumnWidth(c + 1, (columns.get(c).kind() == PackColumn.Kind.TEXT ? TEXT_WIDTH : NARROW_WIDTH) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (PackRow item : part.rows()) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), department.apply(item.department()));
            for (int c = 0; c < columns.size(); c++) {
                Object value = item.cells().get(c);
                Cell cell = row.createCell(c + 1);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (value != null) {
                    text(cell, value.toString());
                }
            }
        }
        Row totals = sheet.createRow(r);
        text(totals.createCell(0), Labels.both("pack.total")).setCellStyle(bold);
        totals.createCell(1).setCellValue(part.rows().size());
        List<Long> figures = part.totals(part.rows());
        for (int c = 0; c < columns.size(); c++) {
            if (figures.get(c) != null) {
                totals.createCell(c + 1).setCellValue(figures.get(c));
            }
        }
    }

    private static Cell text(Cell cell, String value) {
        cell.setCellValue(neutralised(value));
        return cell;
    }

    /** Text a spreadsheet would read as a formula, made plain text. */
    static String neutralised(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
