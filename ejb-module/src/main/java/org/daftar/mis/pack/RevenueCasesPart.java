package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.cases.RevenueCase;
import org.daftar.cases.RevenueCaseStatus;

import java.util.List;

/** Pending revenue cases older than the limit of their type, the longest overdue first. */
@Stateless
public class RevenueCasesPart implements PackPart {

    @PersistenceContext
    private EntityManager em;

    @Override public int order() { return 30; }

    @Override public String key() { return "revenueCases"; }

    @Override
    public List<PackColumn> columns() {
        return List.of(PackColumn.text("caseNumber"), PackColumn.text("subject"), PackColumn.text("court"),
                PackColumn.date("filed"), PackColumn.date("due"), PackColumn.daysOver("daysOverdue"));
    }

    @Override
    public List<PackRow> rows(PackScope scope) {
        return em.createQuery("select c from RevenueCase c where c.status = :pending and c.dueOn < :today order by c.dueOn, c.id",
                        RevenueCase.class)
                .setParameter("pending", RevenueCaseStatus.PENDING).setParameter("today", scope.today())
                .setMaxResults(MAX_ROWS).getResultStream()
                .map(c -> PackRow.of(c.getCourtPost().getDepartment().getCode(), c.getNumber(), c.getSubject(),
                        PackText.post(c.getCourtPost()), c.getFiledOn(), c.getDueOn(), scope.daysOver(c.getDueOn())))
                .toList();
    }
}
