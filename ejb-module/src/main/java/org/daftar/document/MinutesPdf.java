package org.daftar.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Prints the minutes (कार्यवाही विवरण) of a review meeting on A4: the office, the meeting's
 * particulars, attendees, agenda, the minutes in both languages, then the table of instructions
 * with each assignee's state, with numbered pages and the time it was generated (the state is
 * that of this moment). Hindi is shaped by {@link PdfFonts}. Stateless and thread-safe.
 */
public final class MinutesPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final float MARGIN = 48f;
    private static final float BOTTOM_MARGIN = 60f;
    private static final float FOOTER_BASELINE = 28f;
    private static final float SIZE = 10f;
    private static final float LEADING = SIZE * 1.5f;
    private static final Color GREY = new Color(90, 90, 90);

    private MinutesPdf() {
    }

    public static byte[] render(Minutes m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = NumberedA4.open(out, MARGIN, BOTTOM_MARGIN, FOOTER_BASELINE, m.title());

        document.add(ShapedText.line(PdfFonts.text(m.officeHi(), 14f, Font.BOLD), 14f * 1.45f, Element.ALIGN_CENTER));
        document.add(ShapedText.line(PdfFonts.text(m.officeEn(), 12f, Font.BOLD), 12f * 1.45f, Element.ALIGN_CENTER));
        document.add(ShapedText.line(PdfFonts.text(Labels.both("minutes.heading"), SIZE, Font.NORMAL, GREY),
                LEADING, Element.ALIGN_CENTER));
        document.add(new LineSeparator(0.6f, 100f, Color.DARK_GRAY, Element.ALIGN_CENTER, -LEADING * 0.6f));

        PdfPTable particulars = new PdfPTable(new float[]{30f, 70f});
        particulars.setWidthPercentage(100f);
        particulars.setSpacingBefore(LEADING);
        row(particulars, Labels.both("minutes.title"), m.title(), Font.BOLD);
        row(particulars, Labels.both("minutes.meeting"), m.type(), Font.NORMAL);
        row(particulars, Labels.both("minutes.date"), DATE.format(m.date()), Font.NORMAL);
        row(particulars, Labels.both("minutes.chair"), m.chair(), Font.NORMAL);
        row(particulars, Labels.both("minutes.attendees"), m.attendees().isEmpty() ? "—" : String.join("\n", m.attendees()), Font.NORMAL);
        document.add(particulars);

        section(document, Labels.both("minutes.agenda"), m.agenda());
        section(document, Labels.both("minutes.minutes"), m.minutesHi());
        section(document, "Minutes (English)", m.minutesEn());

        heading(document, Labels.both("minutes.instructions"));
        if (m.instructions().isEmpty()) {
            document.add(PdfCells.paragraph(Labels.both("minutes.noInstructions"),
                    SIZE, Font.NORMAL, GREY));
        } else {
            document.add(instructions(m.instructions()));
        }

        Paragraph generated = PdfCells.paragraph(Labels.both("minutes.generated") + ": " + DATE_TIME.format(m.generatedAt())
                + " (" + Labels.both("minutes.asOf") + ")", SIZE - 1f, Font.NORMAL, GREY);
        generated.setSpacingBefore(LEADING);
        document.add(generated);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable instructions(List<Minutes.Item> items) {
        PdfPTable table = new PdfPTable(new float[]{16f, 44f, 13f, 27f});
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        for (String h : List.of(Labels.both("minutes.column.number"), Labels.both("minutes.column.instruction"),
                Labels.both("minutes.column.deadline"), Labels.both("minutes.column.assignee"))) {
            PdfPCell cell = PdfCells.cell(h, SIZE - 1f, Font.BOLD, Color.BLACK);
            cell.setBackgroundColor(new Color(235, 235, 235));
            table.addCell(cell);
        }
        for (Minutes.Item i : items) {
            table.addCell(PdfCells.cell(i.number(), SIZE - 1f, Font.NORMAL, Color.BLACK));
            table.addCell(PdfCells.cell(i.text(), SIZE - 1f, Font.NORMAL, Color.BLACK));
            table.addCell(PdfCells.cell(DATE.format(i.deadline()), SIZE - 1f, Font.NORMAL, Color.BLACK));
            table.addCell(PdfCells.cell(String.join("\n", i.assignees()), SIZE - 1f, Font.NORMAL, Color.BLACK));
        }
        return table;
    }

    private static void section(Document document, String title, String text) {
        if (text != null && !text.isBlank()) {
            heading(document, title);
            for (String line : text.split("\\R")) {
                document.add(PdfCells.paragraph(line, SIZE, Font.NORMAL, Color.BLACK));
            }
        }
    }

    private static void heading(Document document, String title) {
        Paragraph p = PdfCells.paragraph(title, SIZE + 1f, Font.BOLD, Color.BLACK);
        p.setSpacingBefore(LEADING * 0.8f);
        p.setSpacingAfter(LEADING * 0.2f);
        document.add(p);
    }

    private static void row(PdfPTable table, String label, String value, int style) {
        PdfPCell left = PdfCells.cell(label, SIZE - 1f, Font.NORMAL, GREY);
        PdfPCell right = PdfCells.cell(value, SIZE, style, Color.BLACK);
        left.setBorder(Rectangle.BOTTOM);
        right.setBorder(Rectangle.BOTTOM);
        table.addCell(left);
        table.addCell(right);
    }
}
