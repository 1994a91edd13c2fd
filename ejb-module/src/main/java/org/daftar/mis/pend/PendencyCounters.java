package org.daftar.mis.pend;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.daftar.mis.pend.PendingItem.CounterKey;

import java.sql.Date;

/**
 * Opens a counter of the pendency read model, at zero, in a transaction of its own. Two changes
 * that first count something under the same key at the same moment (two files reaching one desk
 * on a new day) would otherwise both insert the counter, and one of them — a user's movement —
 * would fail on the unique key. Opened apart and committed at once, the counter exists for both;
 * each then adds to it under the row's lock. A key opened by someone else first is no error.
 */
@Stateless
public class PendencyCounters {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(CounterKey k) {
        try {
            em.createNativeQuery("INSERT INTO pendency_count (kind, department_id, section_id, post_id, since_day, due_day, items)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)")
                    .setParameter(1, k.kind().name()).setParameter(2, k.departmentId()).setParameter(3, k.sectionId())
                    .setParameter(4, k.postId()).setParameter(5, Date.valueOf(k.since())).setParameter(6, Date.valueOf(k.due()))
                    .executeUpdate();
        } catch (PersistenceException alreadyOpen) {
            // another transaction opened this counter a moment ago: it exists, which is all that is asked
        }
    }

    /** Opens a post's desk total (desk_pending) at zero, in the same way and for the same reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openDesk(Long post) {
        try {
            em.createNativeQuery("INSERT INTO desk_pending (post_id, items) VALUES (?1, 0)").setParameter(1, post).executeUpdate();
        } catch (PersistenceException alreadyOpen) {
            // opened by another transaction a moment ago
        }
    }
}
