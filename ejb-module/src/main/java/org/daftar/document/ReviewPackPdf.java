package org.daftar.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.daftar.mis.pack.PackColumn;
import org.daftar.mis.pack.PackContent;
import org.daftar.mis.pack.PackRow;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the weekly time-limit review pack (समय-सीमा समीक्षा पत्रक) on landscape A4: the office,
 * the meeting date and the moment it was generated, a summary of every department's items per
 * part, then a section per department (each on a new page) with every part's items and totals.
 * Headings are bilingual, Hindi first; Hindi is shaped by {@link PdfFonts}. Stateless and thread-safe.
 */
public final class ReviewPackPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final float MARGIN = 36f;
    private static final float BOTTOM_MARGIN = 52f;
    private static final float FOOTER_BASELINE = 24f;
    private static final float SIZE = 8.5f;
    private static final float LEADING = SIZE * 1.5f;
    private static final Color GREY = new Color(90, 90, 90);
    /** A4 turned on its side as a media box of its own (rotate() only marks the page /Rotate 90). */
    private static final Rectangle LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final Color HEAD = new Color(235, 235, 235);

    private ReviewPackPdf() {
    }

    public static byte[] render(PackContent pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        Document document = NumberedA4.open(out, LANDSCAPE, MARGIN, BOTTOM_MARGIN, FOOTER_BASELINE,
                Labels.en("pack.title") + " " + DATE.format(pack.meetingDate()));
        document.add(ShapedText.line(PdfFonts.text(Labels.hi("office", pack.districtHi()), 14f, Font.BOLD), 14f * 1.45f, Element.ALIGN_CENTER));
        document.add(ShapedText.line(PdfFonts.text(Labels.en("office", pack.districtEn()), 12f, Font.BOLD), 12f * 1.45f, Element.ALIGN_CENTER));
        document.add(ShapedText.line(PdfFonts.text(Labels.both("pack.title"), 12f, Font.BOLD), 12f * 1.45f, Element.ALIGN_CENTER));
        document.add(ShapedText.line(PdfFonts.text(Labels.both("pack.meetingDate") + ": " + DATE.format(pack.meetingDate())
                + "    " + Labels.both("pack.generated") + ": " + DATE_TIME.format(pack.generatedAt()) + " IST", SIZE + 1f,
                Font.NORMAL, GREY), LEADING, Element.ALIGN_CENTER));
        document.add(new LineSeparator(0.6f, 100f, Color.DARK_GRAY, Element.ALIGN_CENTER, -LEADING * 0.6f));

        heading(document, Labels.both("pack.summary"), SIZE + 2f);
        document.add(summary(pack));
        for (PackContent.Department d : pack.departments()) {
            document.newPage();
            heading(document, d.both() + " (" + d.code() + ")", SIZE + 4f);
            for (PackContent.Part part : pack.parts()) {
                List<PackRow> rows = part.of(d.code());
                heading(document, Labels.both("pack.part." + part.key()) + " — " + rows.size(), SIZE + 1f);
                document.add(rows.isEmpty() ? PdfCells.paragraph(Labels.both("pack.none"), SIZE, Font.NORMAL, GREY) : table(part, rows));
            }
        }
        document.close();
        return out.toByteArray();
    }

    /** Departments down, parts across: the number of items of each. */
    private static PdfPTable summary(PackContent pack) {
        float[] widths = new float[pack.parts().size() + 1];
        widths[0] = 3f;
        java.util.Arrays.fill(widths, 1, widths.length, 1f);
        PdfPTable table = table(widths);
        headerCell(table, Labels.both("pack.column.department"));
        pack.parts().forEach(p -> headerCell(table, Labels.both("pack.sheet." + p.key())));
        for (PackContent.Department d : pack.departments()) {
            table.addCell(PdfCells.cell(d.both(), SIZE, Font.NORMAL, Color.BLACK));
            pack.parts().forEach(p -> table.addCell(number(p.of(d.code()).size(), Font.NORMAL)));
        }
        table.addCell(PdfCells.cell(Labels.both("pack.total"), SIZE, Font.BOLD, Color.BLACK));
        pack.parts().forEach(p -> table.addCell(number(p.rows().size(), Font.BOLD)));
        return table;
    }

    private static PdfPTable table(PackContent.Part part, List<PackRow> rows) {
        List<PackColumn> columns = part.columns();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).kind() == PackColumn.Kind.TEXT ? 3f : 1f;
        }
        PdfPTable table = table(widths);
        columns.forEach(c -> headerCell(table, Labels.hi("pack.column." + c.key()) + "\n" + Labels.en("pack.column." + c.key())));
        for (PackRow row : rows) {
            for (Object value : row.cells()) {
                table.addCell(value instanceof Number n ? number(n.longValue(), Font.NORMAL)
                        : PdfCells.cell(value instanceof LocalDate d ? DATE.format(d) : value == null ? "" : value.toString(),
                        SIZE, Font.NORMAL, Color.BLACK));
            }
        }
        List<Long> totals = new ArrayList<>(part.totals(rows));
        for (int c = 0; c < columns.size(); c++) {
            Long figure = totals.get(c);
            table.addCell(c == 0 ? PdfCells.cell(Labels.both("pack.total") + ": " + rows.size(), SIZE, Font.BOLD, Color.BLACK)
                    : figure == null ? PdfCells.cell("", SIZE, Font.BOLD, Color.BLACK) : number(figure, Font.BOLD));
        }
        return table;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        table.setSpacingAfter(LEADING * 0.5f);
        return table;
    }

    private static void headerCell(PdfPTable table, String text) {
        PdfPCell cell = PdfCells.cell(text, SIZE, Font.BOLD, Color.BLACK);
        cell.setBackgroundColor(HEAD);
        table.addCell(cell);
    }

    private static PdfPCell number(long n, int style) {
        PdfPCell cell = PdfCells.cell(String.valueOf(n), SIZE, style, Color.BLACK);
        return cell;
    }

    private static void heading(Document document, String title, float size) {
        Paragraph p = PdfCells.paragraph(title, size, Font.BOLD, Color.BLACK);
        p.setSpacingBefore(LEADING * 0.6f);
        p.setSpacingAfter(LEADING * 0.2f);
        document.add(p);
    }
}
