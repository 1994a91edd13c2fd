package org.daftar.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.platform.Settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live updates across the instances of a pair (DAFTAR_CLUSTER=true). Faces pushes reach only the
 * browsers connected to the instance that sends them; so every event that refreshes browsers is
 * also written to {@code cluster_event}, and every second each instance replays the rows written
 * by the others as {@link Relayed}. Only the database is shared: the same on Payara Micro, Payara
 * Server and GlassFish, with or without a Hazelcast cluster. A single server starts no timer.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(1);

    /** Real time, not the training clock: rows are compared across instances. */
    private final Clock clock = Clock.systemUTC();
    private final String here = UUID.randomUUID().toString();
    private final Replay replay = new Replay(here, clock.instant());
    private Instant purgedAt = Instant.MIN;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @Inject
    private Event<Relayed> relayed;

    @PostConstruct
    void start() {
        if (Settings.cluster()) {
            timers.createIntervalTimer(1000, 1000, new TimerConfig("cluster relay", false));
            LOG.info("cluster relay on: instance " + here + " replays the live updates of the other instances every second");
        }
    }

    /** Writes {@code event} for the other instances, in its own transaction after the event's own committed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Object event) {
        EventCodec.toRow(event, here, clock.instant()).ifPresent(em::persist);
    }

    @Timeout
    public void poll() {
        Instant now = clock.instant();
        List<ClusterEvent> read = em.createQuery(
                        "select e from ClusterEvent e where e.raisedAt >= :since and e.origin <> :here order by e.id", ClusterEvent.class)
                .setParameter("since", replay.since(now)).setParameter("here", here).getResultList();
        for (ClusterEvent row : replay.fresh(read, now)) {
            try {
                relayed.fire(new Relayed(EventCodec.fromRow(row)));
                LOG.fine(() -> "replayed " + row.getKind() + " " + row.getId() + " from " + row.getOrigin());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not replay cluster event " + row.getId(), e);
            }
        }
        if (now.isAfter(purgedAt.plus(KEEP))) {
            em.createQuery("delete from ClusterEvent e where e.raisedAt < :before").setParameter("before", now.minus(KEEP)).executeUpdate();
            purgedAt = now;
        }
    }
}
