package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.user.PostAssignment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Employees who retire in the next three months, with the post they hold (the first, if several), the nearest first. */
@Stateless
public class RetirementsPart implements PackPart {

    static final int MONTHS = 3;

    @PersistenceContext
    private EntityManager em;

    @Override public int order() { return 50; }

    @Override public String key() { return "retirements"; }

    @Override
    public List<PackColumn> columns() {
        return List.of(PackColumn.text("employee"), PackColumn.text("post"), PackColumn.date("retirement"),
                PackColumn.number("daysToRetirement"));
    }

    @Override
    public List<PackRow> rows(PackScope scope) {
        Map<Long, PackRow> byEmployee = new LinkedHashMap<>();
        em.createQuery("select pa from PostAssignment pa join pa.user u where pa.toDate is null and u.active = :yes"
                        + " and u.dateOfRetirement >= :today and u.dateOfRetirement <= :last order by u.dateOfRetirement, u.id, pa.id",
                        PostAssignment.class)
                .setParameter("yes", true).setParameter("today", scope.today())
                .setParameter("last", scope.today().plusMonths(MONTHS)).setMaxResults(MAX_ROWS).getResultStream()
                .forEach(pa -> byEmployee.putIfAbsent(pa.getUser().getId(), PackRow.of(pa.getPost().getDepartment().getCode(),
                        PackText.employee(pa.getUser()), PackText.post(pa.getPost()), pa.getUser().getDateOfRetirement(),
                        java.time.temporal.ChronoUnit.DAYS.between(scope.today(), pa.getUser().getDateOfRetirement()))));
        return List.copyOf(byEmployee.values());
    }
}
