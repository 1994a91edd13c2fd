package org.daftar.jandarshan;

import java.time.Instant;
import java.time.LocalDate;

/** An application as pages and the API show it, read inside the service's transaction. */
public record JandarshanView(String ackNumber, String applicantName, String relativeName, String village, String mobile,
                             String subject, String department, String departmentName, String departmentNameHi,
                             JandarshanCategory category, Instant receivedAt, LocalDate deadline, String markedTo,
                             String markedToName, String markedToNameHi, JandarshanStatus status, boolean overdue,
                             String reply, Instant disposedAt, String disposedBy) {

    static JandarshanView of(JandarshanApplication a, LocalDate today) {
        var d = a.getDepartment();
        var p = a.getMarkedTo();
        return new JandarshanView(a.getAckNumber(), a.getApplicantName(), a.getRelativeName(), a.getVillage(), a.getMobile(),
                a.getSubject(), d.getCode(), d.getName().getEn(), d.getName().getHi(), a.getCategory(), a.getReceivedAt(),
                a.getDeadline(), p.getCode(), p.name(false), p.name(true), a.getStatus(), a.isOverdue(today), a.getReply(),
                a.getDisposedAt(), a.getDisposedBy() == null ? null : a.getDisposedBy().getLoginId());
    }
}
