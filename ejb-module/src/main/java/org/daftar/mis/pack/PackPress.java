package org.daftar.mis.pack;

import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.samiksha.MeetingType;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * Builds review packs one at a time on this server, each in a transaction of its own that commits
 * before the next build starts. A build holds every part's rows in memory, so two at once only cost
 * heap; and on Derby two first inserts into review_pack at the same moment collide on the identity
 * generator (40XL1 — seen when the Monday build met a collector's download). Callers check who asks.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(value = 10, unit = TimeUnit.MINUTES)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PackPress {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReviewPacks packs;

    public Long build(LocalDate meetingDate, String builtBy, PackProgress progress) {
        return packs.archive(meetingDate, false, builtBy, progress);
    }

    /** The newest pack for the date; built now if there is none, not again if another request built it while this one waited. */
    public Long newestOrBuild(LocalDate meetingDate, String builtBy) {
        return ReviewPacks.newest(em, meetingDate).orElseGet(() -> build(meetingDate, builtBy, new PackProgress()));
    }

    /**
     * Builds the automatic pack of the week of {@code monday} unless it exists: for the time-limit
     * meeting of that week if one is already held, else for the Monday. If another server builds it
     * at the same moment, the unique key refuses the second.
     */
    public boolean buildMonday(LocalDate monday) {
        if (!em.createQuery("select p.id from ReviewPack p where p.mondayBuild = :monday", Long.class)
                .setParameter("monday", monday).setMaxResults(1).getResultList().isEmpty()) {
            return false;
        }
        LocalDate date = em.createQuery("select m.date from Meeting m where m.type = :tl and m.date >= :monday and m.date <= :sunday"
                        + " order by m.date", LocalDate.class)
                .setParameter("tl", MeetingType.TIME_LIMIT).setParameter("monday", monday).setParameter("sunday", monday.plusDays(6))
                .setMaxResults(1).getResultStream().findFirst().orElse(monday);
        packs.archive(date, true, ReviewPack.SYSTEM, new PackProgress());
        return true;
    }
}
