package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.efile.Receipt;
import org.daftar.samiksha.Assignment;
import org.daftar.samiksha.AssignmentStatus;
import org.daftar.samiksha.InstructionSource;

import java.util.List;

/** Time-limit letters (instructions from government letters) not yet complied with, the earliest deadline first. */
@Stateless
public class TlLettersPart implements PackPart {

    @PersistenceContext
    private EntityManager em;

    @Override public int order() { return 10; }

    @Override public String key() { return "tlLetters"; }

    @Override
    public List<PackColumn> columns() {
        return List.of(PackColumn.text("receipt"), PackColumn.text("subject"), PackColumn.text("assignee"),
                PackColumn.date("received"), PackColumn.date("deadline"), PackColumn.daysOver("daysOverdue"));
    }

    @Override
    public List<PackRow> rows(PackScope scope) {
        return em.createQuery("select a, r from Assignment a join a.instruction i join i.itemIds x, Receipt r"
                        + " where r.id = x and i.source = :letter and a.status <> :accepted order by a.deadline, a.id", Object[].class)
                .setParameter("letter", InstructionSource.GOVERNMENT_LETTER).setParameter("accepted", AssignmentStatus.ACCEPTED)
                .setMaxResults(MAX_ROWS).getResultStream().map(ar -> {
                    Assignment a = (Assignment) ar[0];
                    Receipt r = (Receipt) ar[1];
                    return PackRow.of(a.getAssignee().getDepartment().getCode(), r.getNumber(), r.getSubject(),
                            PackText.post(a.getAssignee()), r.getReceivedOn(), a.getDeadline(), scope.daysOver(a.getDeadline()));
                }).toList();
    }
}
