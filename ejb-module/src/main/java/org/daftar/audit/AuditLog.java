package org.daftar.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.daftar.user.Role;

import java.time.Clock;
import java.util.List;

/**
 * The append-only audit log. Appending locks the chain's head row, so entries get consecutive
 * numbers and each one hashes its predecessor, even with two server instances on one database.
 * Login events are few (thousands a day), so one chain for them costs nothing; file actions
 * (a later issue) get a chain per file instead.
 */
@Stateless
public class AuditLog {

    private static final int PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Appends in the caller's transaction: the entry exists exactly when the audited change does.
     * The chain's head stays locked until that transaction ends, so it is locked after the caller's
     * other writes: what the caller has changed so far is written first, and a caller records last.
     * A login locks its user and then the head; the escalation sweep, which took the head first and
     * only then wrote its notices to users (whose rows an insert must wait for), deadlocked on
     * PostgreSQL with a user logging in at that moment, and the login answered 500.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(String actor, String action, String objectRef, String detail, String clientAddress) {
        em.flush();
        AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry(head.getLastSeq() + 1, clock.instant(), actor == null ? "-" : actor,
                action, objectRef, detail, clientAddress, head.getLastHash());
        em.persist(entry);
        head.advance(entry);
    }

    /**
     * Appends in a transaction of its own, which commits even when the caller's is rolled back:
     * for refusals ("access denied"), which must be kept although nothing else happened.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String objectRef, String detail, String clientAddress) {
        record(actor, action, objectRef, detail, clientAddress);
    }

    /** Re-computes every hash from the first row. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public ChainVerification verify() {
        String expectedPrev = AuditEntry.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = em.createQuery(
                            "select e from AuditEntry e where e.seq >= :from order by e.seq", AuditEntry.class)
                    .setParameter("from", expectedSeq).setMaxResults(PAGE).getResultList();
            for (AuditEntry e : page) {
                if (e.getSeq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, "audit.chain.missing");
                }
                if (!e.getPrevHash().equals(expectedPrev)) {
                    return ChainVerification.broken(checked, e.getSeq(), "audit.chain.relinked");
                }
                if (!e.computeHash().equals(e.getHash())) {
                    return ChainVerification.broken(checked, e.getSeq(), "audit.chain.altered");
                }
                expectedPrev = e.getHash();
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        AuditHead head = em.find(AuditHead.class, 1);
        if (head.getLastSeq() != checked || !head.getLastHash().equals(expectedPrev)) {
            return ChainVerification.broken(checked, checked + 1, "audit.chain.truncated");
        }
        return ChainVerification.intact(checked);
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public List<AuditEntry> latest(int first, int max) {
        return em.createQuery("select e from AuditEntry e order by e.seq desc", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public long count() {
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }
}
