package org.daftar.mis.pack;

import org.daftar.demo.DemoDistrict;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A pack over the demo district's departments (the names the demo loads into the database), with
 * two parts whose rows carry conjuncts, nukta letters, dates, figures and text that a spreadsheet
 * would take for a formula.
 */
final class PackSample {

    static final LocalDate MEETING = LocalDate.of(2026, 12, 3);

    private PackSample() {
    }

    static PackContent pack(int rowsPerDepartment) {
        DemoDistrict demo = new DemoDistrict(MEETING);
        List<PackContent.Department> departments = demo.departments().stream()
                .map(d -> new PackContent.Department(d.getCode(), d.getName().getHi(), d.getName().getEn())).toList();
        List<PackRow> letters = new ArrayList<>();
        List<PackRow> delays = new ArrayList<>();
        int n = 0;
        for (PackContent.Department d : departments) {
            for (int i = 0; i < rowsPerDepartment; i++) {
                n++;
                letters.add(PackRow.of(d.code(), "R/" + d.code() + "/2026/" + n, n % 3 == 0 ? "=HYPERLINK(\"x\")" : "त्र्यंबकेश्वर मार्ग का प्राक्कलन",
                        "सहायक ग्रेड-2 (" + d.code() + "-SO)", MEETING.minusDays(20 + i), MEETING.minusDays(i), i % 2 == 0 ? 0 : i + 2));
                delays.add(PackRow.of(d.code(), "F/" + n, "ज़मीन का नामांतरण", "—", MEETING.minusDays(30), 5, n));
            }
        }
        return new PackContent(demo.district().getName().getHi(), demo.district().getName().getEn(), MEETING,
                LocalDateTime.of(2026, 11, 30, 8, 0), departments,
                List.of(new PackContent.Part("tlLetters", List.of(PackColumn.text("receipt"), PackColumn.text("subject"),
                                PackColumn.text("assignee"), PackColumn.date("received"), PackColumn.date("deadline"),
                                PackColumn.daysOver("daysOverdue")), letters),
                        new PackContent.Part("deskDelays", List.of(PackColumn.text("item"), PackColumn.text("subject"),
                                PackColumn.text("holder"), PackColumn.date("heldSince"), PackColumn.number("limit"),
                                PackColumn.count("daysOverLimit")), delays)));
    }
}
