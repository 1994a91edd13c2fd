package org.daftar.mis.pack;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.daftar.document.ReviewPackPdf;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The pack's PDF opens, is landscape, and its text — as PDFBox extracts it — names every department in Devanagari. */
class ReviewPackPdfTest {

    @Test
    void thePdfOpensInLandscapeAndNamesEveryDepartmentInHindiAndEnglish() throws Exception {
        PackContent pack = PackSample.pack(2);
        byte[] pdf = ReviewPackPdf.render(pack);
        if (System.getProperty("pack.pdf.out") != null) {
            Files.write(Path.of(System.getProperty("pack.pdf.out")), pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
            // a summary page, then a page (at least) per department
            assertThat(document.getNumberOfPages()).isGreaterThan(pack.departments().size());
            String text = new PDFTextStripper().getText(document);
            for (PackContent.Department d : pack.departments()) {
                assertThat(text).as(d.code()).contains(d.nameHi()).contains(d.nameEn());
            }
            int pages = document.getNumberOfPages();
            assertThat(text).contains("समय-सीमा समीक्षा पत्रक", "त्र्यंबकेश्वर मार्ग का प्राक्कलन", "ज़मीन का नामांतरण",
                    "बैठक दिनांक / Meeting date: 03-12-2026", "30-11-2026 08:00 IST", "पृष्ठ / Page " + pages + " of " + pages);
        }
    }
}
