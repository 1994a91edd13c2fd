package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.jandarshan.JandarshanApplication;
import org.daftar.jandarshan.JandarshanStatus;

import java.util.List;

/** Open jandarshan applications, the earliest deadline first (no applicant's name or mobile: the pack is circulated). */
@Stateless
public class JandarshanPart implements PackPart {

    @PersistenceContext
    private EntityManager em;

    @Override public int order() { return 20; }

    @Override public String key() { return "jandarshan"; }

    @Override
    public List<PackColumn> columns() {
        return List.of(PackColumn.text("ack"), PackColumn.text("subject"), PackColumn.text("markedTo"),
                PackColumn.date("received"), PackColumn.date("deadline"), PackColumn.daysOver("daysOverdue"));
    }

    @Override
    public List<PackRow> rows(PackScope scope) {
        return em.createQuery("select a from JandarshanApplication a where a.status = :open order by a.deadline, a.id",
                        JandarshanApplication.class)
                .setParameter("open", JandarshanStatus.OPEN).setMaxResults(MAX_ROWS).getResultStream()
                .map(a -> PackRow.of(a.getDepartment().getCode(), a.getAckNumber(), a.getSubject(), PackText.post(a.getMarkedTo()),
                        PackText.day(a.getReceivedAt()), a.getDeadline(), scope.daysOver(a.getDeadline())))
                .toList();
    }
}
