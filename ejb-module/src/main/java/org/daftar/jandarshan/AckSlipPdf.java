package org.daftar.jandarshan;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.daftar.document.Labels;
import org.daftar.document.PdfFonts;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

/**
 * Prints the bilingual acknowledgement slip (पावती) handed to a citizen at the jandarshan counter:
 * one A5 page with the office, the acknowledgement number in large type, the particulars, the
 * department and the date by which a reply is due. Hindi is shaped by {@link PdfFonts} and stays
 * extractable. Stateless and thread-safe.
 */
public final class AckSlipPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final float MARGIN = 36f;
    private static final float SIZE = 10f;
    private static final float LEADING = SIZE * 1.5f;
    private static final Color GREY = new Color(90, 90, 90);

    private AckSlipPdf() {
    }

    public static byte[] render(AckSlip slip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        Document document = new Document(PageSize.A5, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("hi-IN"));
        document.addTitle(Labels.both("slip.title") + " " + slip.ackNumber());
        document.addCreator("Daftar e-Office");
        document.open();

        document.add(centred(PdfFonts.text(slip.officeHi(), 13f, Font.BOLD), 13f * 1.45f));
        document.add(centred(PdfFonts.text(slip.officeEn(), 11f, Font.BOLD), 11f * 1.45f));
        document.add(centred(PdfFonts.text(Labels.both("slip.heading"), SIZE, Font.NORMAL, GREY),
                LEADING));
        document.add(new LineSeparator(0.6f, 100f, Color.DARK_GRAY, Element.ALIGN_CENTER, -LEADING * 0.6f));

        Paragraph number = PdfFonts.embedded(new Paragraph(22f));
        number.add(PdfFonts.text(Labels.both("slip.number") + ":  ", SIZE, Font.NORMAL));
        number.add(PdfFonts.text(slip.ackNumber(), 16f, Font.BOLD));
        number.setSpacingBefore(LEADING * 1.2f);
        number.setSpacingAfter(LEADING * 0.6f);
        document.add(number);

        PdfPTable table = new PdfPTable(new float[]{38f, 62f});
        table.setWidthPercentage(100f);
        row(table, Labels.both("slip.date"), DATE.format(slip.receivedOn()));
        row(table, Labels.both("slip.applicant"), slip.applicantName());
        if (slip.relativeName() != null) {
            row(table, Labels.both("slip.relative"), slip.relativeName());
        }
        if (slip.village() != null) {
            row(table, Labels.both("slip.village"), slip.village());
        }
        row(table, Labels.both("slip.subject"), slip.subject());
        row(table, Labels.both("slip.department"), slip.departmentHi() + " / " + slip.departmentEn());
        row(table, Labels.both("slip.deadline"), DATE.format(slip.deadline()));
        document.add(table);

        Paragraph status = PdfFonts.embedded(new Paragraph(LEADING));
        status.add(PdfFonts.text(Labels.both("slip.status"), SIZE, Font.BOLD));
        status.setSpacingBefore(LEADING * 1.2f);
        document.add(status);

        document.close();
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(PdfFonts.text(label, SIZE - 1f, Font.NORMAL, GREY)));
        table.addCell(cell(PdfFonts.text(value, SIZE + 1f, Font.NORMAL)));
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(200, 200, 200));
        cell.setPaddingTop(3f);
        cell.setPaddingBottom(5f);
        Paragraph p = PdfFonts.embedded(new Paragraph(LEADING));
        p.add(phrase);
        cell.addElement(p);
        return cell;
    }

    private static Paragraph centred(Phrase phrase, float leading) {
        Paragraph p = PdfFonts.embedded(new Paragraph(leading));
        p.add(phrase);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }
}
