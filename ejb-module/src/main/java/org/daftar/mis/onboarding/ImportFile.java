package org.daftar.mis.onboarding;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daftar.platform.BusinessException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an import file (CSV in UTF-8, or the first sheet of an .xlsx workbook) into rows by
 * header, and writes rows back as CSV with an extra column, e.g. the rows with errors to fix.
 */
public final class ImportFile {

    public static final int MAX_ROWS = 5000;
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private ImportFile() {
    }

    public static List<ImportRow> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("import.file.tooLarge");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            List<ImportRow> rows;
            if (name.endsWith(".csv")) {
                rows = csv(content);
            } else if (name.endsWith(".xlsx")) {
                rows = xlsx(content);
            } else {
                throw new BusinessException("import.file.format");
            }
            if (rows.isEmpty()) {
                throw new BusinessException("import.file.empty");
            }
            if (rows.size() > MAX_ROWS) {
                throw new BusinessException("import.file.tooMany", MAX_ROWS);
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BusinessException("import.file.unreadable");
        }
    }

    private static List<ImportRow> csv(byte[] content) throws IOException {
        int bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(content, bom, content.length - bom), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setTrim(true).get().parse(in)) {
            List<String> headers = headers(parser.getHeaderNames());
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    cells.put(headers.get(i), i < r.size() ? r.get(i) : null);
                }
                add(rows, (int) parser.getCurrentLineNumber(), cells);
            }
            return rows;
        }
    }

    private static List<ImportRow> xlsx(byte[] content) throws IOException {
        try (InputStream in = new ByteArrayInputStream(content); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter(Locale.ROOT);
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                throw new BusinessException("import.file.empty");
            }
            List<String> names = new ArrayList<>();
            head.forEach(c -> names.add(text.formatCellValue(c)));
            List<String> headers = headers(names);
            List<ImportRow> rows = new ArrayList<>();
            for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    Cell c = row.getCell(i + head.getFirstCellNum());
                    cells.put(headers.get(i), c == null ? null : text.formatCellValue(c));
                }
                add(rows, r + 1, cells);
            }
            return rows;
        }
    }

    private static List<String> headers(List<String> names) {
        List<String> headers = names.stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = Arrays.stream(ImportColumn.values()).filter(ImportColumn::isRequired)
                .map(ImportColumn::header).filter(h -> !headers.contains(h)).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("import.file.columns", String.join(", ", missing));
        }
        return headers;
    }

    private static void add(List<ImportRow> rows, int line, Map<String, String> cells) {
        ImportRow row = ImportRow.of(line, cells);
        if (!row.isBlank()) {
            rows.add(row);
        }
    }

    /**
     * The rows as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the Hindi),
     * with the column {@code extraHeader} filled by {@code extra}. A cell that a spreadsheet would
     * take for a formula is written with a leading apostrophe.
     */
    public static byte[] csv(List<ImportRow> rows, String extraHeader, Function<ImportRow, String> extra) {
        List<String> headers = new ArrayList<>();
        rows.forEach(r -> r.cells().keySet().stream().filter(h -> !headers.contains(h)).forEach(headers::add));
        headers.remove(extraHeader);
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> head = new ArrayList<>(headers);
            head.add(extraHeader);
            printer.printRecord(head);
            for (ImportRow r : rows) {
                List<String> values = new ArrayList<>();
                headers.forEach(h -> values.add(neutralised(r.cells().get(h))));
                values.add(neutralised(extra.apply(r)));
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** True for a cell a spreadsheet program would run as a formula. */
    public static boolean looksLikeFormula(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    private static String neutralised(String cell) {
        return looksLikeFormula(cell) ? "'" + cell : cell;
    }
}
