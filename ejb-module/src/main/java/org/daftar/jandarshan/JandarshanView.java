package org.daftar.jandarshan;

import org.daftar.efile.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as pages and the API show it, read inside the service's transaction. Without
 * {@code particulars} (the reader may not see the citizen's personal data, see
 * {@link JandarshanApplication#mayBeReadBy}) the name, relative, village, mobile, subject, reply
 * and documents are left out: only the status, department, category and dates remain.
 */
public record JandarshanView(String ackNumber, String applicantName, String relativeName, String village, String mobile,
                             String subject, String department, String departmentName, String departmentNameHi,
                             JandarshanCategory category, Instant receivedAt, LocalDate deadline, String markedTo,
                             String markedToName, String markedToNameHi, JandarshanStatus status, boolean overdue,
                             String reply, Instant disposedAt, String disposedBy, boolean particulars,
                             List<DocumentRef> documents) {

    /** A document handed in with the application. */
    public record DocumentRef(Long id, String fileName, String mediaType, long size) {
        static DocumentRef of(Document d) {
            return new DocumentRef(d.getId(), d.getFileName(), d.getMediaType(), d.getSize());
        }
    }

    /** Everything, for a reader who may see the particulars. */
    static JandarshanView of(JandarshanApplication a, LocalDate today) {
        return of(a, today, true);
    }

    static JandarshanView of(JandarshanApplication a, LocalDate today, boolean particulars) {
        var d = a.getDepartment();
        var p = a.getMarkedTo();
        return new JandarshanView(a.getAckNumber(), particulars ? a.getApplicantName() : null,
                particulars ? a.getRelativeName() : null, particulars ? a.getVillage() : null,
                particulars ? a.getMobile() : null, particulars ? a.getSubject() : null, d.getCode(), d.getName().getEn(),
                d.getName().getHi(), a.getCategory(), a.getReceivedAt(), a.getDeadline(), p.getCode(), p.name(false),
                p.name(true), a.getStatus(), a.isOverdue(today), particulars ? a.getReply() : null, a.getDisposedAt(),
                a.getDisposedBy() == null ? null : a.getDisposedBy().getLoginId(), particulars,
                particulars ? a.getDocuments().stream().map(DocumentRef::of).toList() : List.of());
    }
}
