package org.daftar.cases;

import org.daftar.org.Post;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** What the case services hand out: plain records, read inside the transaction, ready for pages and the API. */
public final class CaseRows {

    private CaseRows() {
    }

    /** One page of a list and the number of rows in the whole list. */
    public record Page<T>(long total, List<T> items) {
    }

    public record PostRef(String code, String name, String nameHi) {
        static PostRef of(Post p) {
            return p == null ? null : new PostRef(p.getCode(), p.name(false), p.name(true));
        }
    }

    public record StepRow(PensionStep step, boolean done, Instant doneAt, String doneBy, String doneByName,
                          String doneByNameHi) {
    }

    public record PensionCaseRow(Long id, String employeeCode, String employeeName, String employeeNameHi,
                                 String department, PostRef assignedPost, LocalDate retirementDate, long daysLeft,
                                 Instant openedAt, PensionStatus status, boolean overdue, Instant completedAt,
                                 List<StepRow> steps) {

        static PensionCaseRow of(PensionCase c, LocalDate today) {
            User e = c.getEmployee();
            List<StepRow> steps = Arrays.stream(PensionStep.values()).map(s -> c.step(s)
                    .map(d -> new StepRow(s, true, d.getDoneAt(), d.getDoneBy().getLoginId(), d.getDoneBy().getNameEn(),
                            d.getDoneBy().getNameHi()))
                    .orElseGet(() -> new StepRow(s, false, null, null, null, null))).toList();
            return new PensionCaseRow(c.getId(), e.getEmployeeCode(), e.getNameEn(), e.getNameHi(),
                    c.getDepartment().getCode(), PostRef.of(c.getAssignedPost()), c.getRetirementDate(),
                    ChronoUnit.DAYS.between(today, c.getRetirementDate()), c.getOpenedAt(),
                    c.getStatus(), c.isOverdue(today), c.getCompletedAt(), steps);
        }
    }

    public record HearingRow(LocalDate date, String note, Instant recordedAt) {
    }

    public record RevenueCaseRow(Long id, String number, RevenueCourt court, PostRef courtPost, RevenueCaseType type,
                                 String typeLabel, String typeLabelHi, String subject, String applicant,
                                 String respondent, LocalDate filedOn, int limitWorkingDays, LocalDate dueOn,
                                 RevenueCaseStatus status, boolean overdue, List<HearingRow> hearings,
                                 LocalDate disposedOn, String disposalOrder, boolean disposedLate) {

        static RevenueCaseRow of(RevenueCase c, LocalDate today) {
            return new RevenueCaseRow(c.getId(), c.getNumber(), c.getCourt(), PostRef.of(c.getCourtPost()), c.getType(),
                    c.getType().label(false), c.getType().label(true), c.getSubject(), c.getApplicant(),
                    c.getRespondent(), c.getFiledOn(), c.getLimitDays(), c.getDueOn(), c.getStatus(),
                    c.isOverdue(today), c.getHearings().stream()
                    .map(h -> new HearingRow(h.getDate(), h.getNote(), h.getRecordedAt())).toList(),
                    c.getDisposedOn(), c.getDisposalOrder(), c.isDisposedLate());
        }
    }
}
