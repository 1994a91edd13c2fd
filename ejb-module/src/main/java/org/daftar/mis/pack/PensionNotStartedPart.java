package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.cases.PensionCase;
import org.daftar.cases.PensionStatus;

import java.util.List;

/**
 * Pension cases opened inside the window before retirement (90 days unless the district set
 * another) on which no step has been taken yet, the nearest retirement first.
 */
@Stateless
public class PensionNotStartedPart implements PackPart {

    @PersistenceContext
    private EntityManager em;

    @Override public int order() { return 40; }

    @Override public String key() { return "pensionNotStarted"; }

    @Override
    public List<PackColumn> columns() {
        return List.of(PackColumn.text("employee"), PackColumn.text("post"), PackColumn.date("opened"),
                PackColumn.date("retirement"), PackColumn.number("daysToRetirement"));
    }

    @Override
    public List<PackRow> rows(PackScope scope) {
        return em.createQuery("select c from PensionCase c where c.status = :open order by c.retirementDate, c.id", PensionCase.class)
                .setParameter("open", PensionStatus.OPEN).setMaxResults(MAX_ROWS).getResultStream()
                .map(c -> PackRow.of(c.getDepartment().getCode(), PackText.employee(c.getEmployee()),
                        PackText.post(c.getAssignedPost()), PackText.day(c.getOpenedAt()), c.getRetirementDate(),
                        java.time.temporal.ChronoUnit.DAYS.between(scope.today(), c.getRetirementDate())))
                .toList();
    }
}
