package org.daftar.jandarshan;

import org.daftar.document.Labels;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the citizen's acknowledgement slip (पावती) says: the office, the number to ask about the
 * application with, who applied for what, to which department, and by when it is to be disposed of.
 *
 * @param relativeName father's or husband's name, may be null
 */
public record AckSlip(String officeHi, String officeEn, String ackNumber, LocalDate receivedOn, String applicantName,
                      String relativeName, String village, String subject, String departmentHi, String departmentEn,
                      LocalDate deadline) {

    public AckSlip {
        Objects.requireNonNull(officeHi, "officeHi");
        Objects.requireNonNull(officeEn, "officeEn");
        Objects.requireNonNull(ackNumber, "ackNumber");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** The slip of a registered application; the office is the collectorate of the department's district. */
    public static AckSlip of(JandarshanApplication a) {
        var district = a.getDepartment().getDistrict().getName();
        var department = a.getDepartment().getName();
        return new AckSlip(Labels.hi("office", district.getHi()), Labels.en("office", district.getEn()),
                a.getAckNumber(), a.getReceivedAt().atZone(org.daftar.calendar.WorkingCalendar.INDIA).toLocalDate(),
                a.getApplicantName(), a.getRelativeName(), a.getVillage(), a.getSubject(), department.getHi(),
                department.getEn(), a.getDeadline());
    }
}
