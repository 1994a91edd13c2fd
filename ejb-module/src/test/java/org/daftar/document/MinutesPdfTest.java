package org.daftar.document;

import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

class MinutesPdfTest {

    static final Minutes MINUTES = new Minutes("कार्यालय कलेक्टर, जिला बिलासपुर", "Office of the Collector, District Bilaspur",
            "साप्ताहिक समय-सीमा बैठक — Weekly time-limit meeting", "समय-सीमा बैठक / Time-limit meeting", LocalDate.of(2026, 11, 23),
            "कलेक्टर, सामान्य प्रशासन / Collector, General Administration (GAD-COLLECTOR)",
            List.of("विभागाध्यक्ष, राजस्व / Head of Department, Revenue (REV-HOD)",
                    "विभागाध्यक्ष, स्वास्थ्य / Head of Department, Health (HLT-HOD)"),
            "1. लंबित नामांतरण प्रकरण\n2. पेंशन प्रकरण (three months before retirement)",
            "Mutation cases pending over a week were reviewed tehsil-wise.",
            "एक सप्ताह से अधिक लंबित नामांतरण प्रकरणों की तहसीलवार समीक्षा की गई।",
            List.of(new Minutes.Item("SS/2026/0007", "त्र्यंबकपुर तहसील के सभी लंबित नामांतरण प्रकरण निराकृत करें",
                    LocalDate.of(2026, 11, 25), List.of("REV-HOD — समय-सीमा बीती / Overdue", "LR-HOD — पालन हुआ / Complied"))),
            LocalDateTime.of(2026, 11, 26, 16, 5));

    @Test
    void theMinutesCarryTheParticularsBothLanguagesAndTheInstructionsWithTheirState() throws IOException {
        byte[] pdf = MinutesPdf.render(MINUTES);
        Files.write(Path.of("target", "MinutesPdfTest.pdf"), pdf);

        assertThat(new String(pdf, 0, 5, ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth()).as("A4").isBetween(594f, 596f);
        assertThat(reader.getInfo().get("Title")).isEqualTo(MINUTES.title());
        String text = ActualText.of(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("कार्यालय कलेक्टर, जिला बिलासपुर", "Office of the Collector, District Bilaspur",
                "बैठक का कार्यवाही विवरण / Minutes of the meeting", "साप्ताहिक समय-सीमा बैठक", "23-11-2026",
                "समय-सीमा बैठक / Time-limit meeting", "कलेक्टर, सामान्य प्रशासन / Collector, General Administration", "Head of Department, Health (HLT-HOD)",
                "कार्यसूची / Agenda", "लंबित नामांतरण प्रकरण", "three months before retirement",
                "तहसीलवार समीक्षा की गई।", "Mutation cases pending over a week were reviewed tehsil-wise.",
                "निर्देश / Instructions", "SS/2026/0007", "त्र्यंबकपुर तहसील", "25-11-2026",
                "REV-HOD — समय-सीमा बीती / Overdue", "LR-HOD — पालन हुआ / Complied",
                "Generated: 26-11-2026 16:05", "Page 1 of 1");
    }

    @Test
    void manyInstructionsRunOverPagesThatAreNumberedAndAMeetingWithoutAnyStillSaysSo() throws IOException {
        List<Minutes.Item> many = new ArrayList<>();
        for (int n = 1; n <= 60; n++) {
            many.add(new Minutes.Item("SS/2026/" + (1000 + n), "निर्देश क्रमांक " + n + " — tehsil-wise review of pending cases",
                    LocalDate.of(2026, 12, 1), List.of("REV-HOD — समय पर / On time")));
        }
        byte[] pdf = MinutesPdf.render(with(many));
        int pages = new PdfReader(pdf).getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        assertThat(ActualText.of(pdf).replaceAll("\\s+", " ")).contains("SS/2026/1060", "Page " + pages + " of " + pages);

        assertThat(ActualText.of(MinutesPdf.render(with(List.of()))).replaceAll("\\s+", " "))
                .contains("No instructions were given in this meeting.");
    }

    private static Minutes with(List<Minutes.Item> items) {
        Minutes m = MINUTES;
        return new Minutes(m.officeHi(), m.officeEn(), m.title(), m.type(), m.date(), m.chair(), m.attendees(), null,
                null, null, items, m.generatedAt());
    }
}
