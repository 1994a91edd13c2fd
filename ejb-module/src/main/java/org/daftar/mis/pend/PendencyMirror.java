package org.daftar.mis.pend;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.daftar.mis.pend.PendingItem.CounterKey;
import org.daftar.platform.Settings;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;

/**
 * The pendency counters (pendency_count) held in memory, so that the dashboard sums them without
 * reading 200,000 rows for every look (a district of a million files has that many: one per desk,
 * kind, start day and due day). Exact, not a cache with an age:
 * <ul>
 * <li>it is read once from the table while no transaction that changes counters is open: the read
 *     waits for those open to end and holds new ones back until the copy is made (a fraction of a
 *     second) — in this server by a gate every such transaction passes before its first counter
 *     change, between two instances by a share lock on the table;</li>
 * <li>then every transaction that moves counters ({@link PendencyLedger#refresh}) hands its deltas
 *     here, and they are added when, and only if, it commits;</li>
 * <li>a transaction that committed before the copy was read, but whose deltas arrive after, is
 *     recognised (it was in flight when the lock was granted) and not counted twice;</li>
 * <li>a recount ({@link PendencyLedger#realign}), which sets counters to what it found rather than
 *     adding to them, makes the copy be read again after it commits.</li>
 * </ul>
 * In a pair of instances (DAFTAR_CLUSTER=true) the other instance's movements do not pass through
 * here: the copy is then read again when it is older than {@link #CLUSTER_MAX_AGE}, so a number
 * on one instance follows a movement made on the other within that time.
 * <p>
 * Why a gate and not the table lock in one server: Derby let the share lock wait behind movers
 * that each held a desk's row another mover needed — a cycle its deadlock detector does not see
 * (one of them waits in the lock's queue, not for a lock granted), broken only by the 60 s lock
 * time-out, which failed the dashboard. A gate's wait is bounded: if the transactions open do not
 * end within {@link #GATE_WAIT}, the gate opens again for a moment and the read tries anew.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PendencyMirror {

    /** One counter as the dashboard needs it (the section is not: counters of two sections simply add up). */
    record Cell(PendencyKind kind, Long departmentId, Long postId, LocalDate since, LocalDate due) {
    }

    /** Sees each counter that is not zero; days are epoch days ({@link LocalDate#toEpochDay()}). */
    @FunctionalInterface
    public interface Visitor {
        void visit(PendencyKind kind, long departmentId, long postId, int since, int due, int items);
    }

    static final Duration CLUSTER_MAX_AGE = Duration.ofSeconds(10);
    static final Duration GATE_WAIT = Duration.ofSeconds(2);
    static final int GATE_TRIES = 15;
    private static final Logger LOG = Logger.getLogger(PendencyMirror.class.getName());
    private static final Object KEY = PendencyMirror.class;

    /**
     * The copy, the transactions it already holds, and when it was read. The counters are kept in
     * columns, one slot per counter, and found by key only to add a delta: the dashboard scans a
     * district's 200,000 counters a few times per look, and a scan of a map of that many entries,
     * each a handful of objects strewn over the heap, cost some 20 ms.
     */
    public static final class Copy {
        private static final PendencyKind[] KINDS = PendencyKind.values();
        final Set<Object> included;
        final Instant readAt;
        final Map<Cell, Integer> slots = new HashMap<>();
        byte[] kind = new byte[1024];
        long[] department = new long[1024];
        long[] post = new long[1024];
        int[] since = new int[1024];
        int[] due = new int[1024];
        int[] items = new int[1024];
        int size;

        Copy(Set<Object> included, Instant readAt) {
            this.included = included;
            this.readAt = readAt;
        }

        void add(Cell cell, int delta) {
            Integer slot = slots.get(cell);
            if (slot == null) {
                if (size == items.length) {
                    int n = size * 2;
                    kind = Arrays.copyOf(kind, n);
                    department = Arrays.copyOf(department, n);
                    post = Arrays.copyOf(post, n);
                    since = Arrays.copyOf(since, n);
                    due = Arrays.copyOf(due, n);
                    items = Arrays.copyOf(items, n);
                }
                slot = size++;
                slots.put(cell, slot);
                kind[slot] = (byte) cell.kind().ordinal();
                department[slot] = cell.departmentId();
                post[slot] = cell.postId();
                since[slot] = (int) cell.since().toEpochDay();
                due[slot] = (int) cell.due().toEpochDay();
            }
            items[slot] += delta;
        }

        void forEach(Visitor visitor) {
            for (int i = 0; i < size; i++) {
                if (items[i] != 0) {
                    visitor.visit(KINDS[kind[i]], department[i], post[i], since[i], due[i], items[i]);
                }
            }
        }
    }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object loading = new Object();
    /** Transactions that have handed deltas and are committing now. */
    private final Set<Changes> committing = ConcurrentHashMap.newKeySet();
    /** Real time: the age of a copy, not the training clock. */
    private final Clock clock = Clock.systemUTC();
    private final Map<Object, Object> canonical = new ConcurrentHashMap<>();
    private volatile Copy copy;
    /** The gate: transactions open that change counters, and whether new ones are held back (guarded by itself). */
    private final Gate gate = new Gate();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry tx;

    @Resource
    private SessionContext context;

    /** Calls {@code visitor} with every counter that is not zero, as committed now (read first if need be). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void forEach(Visitor visitor) {
        Copy c = current();
        lock.readLock().lock();
        try {
            // a copy replaced meanwhile is still whole: it stopped changing when it was replaced
            c.forEach(visitor);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The caller's transaction moved these counters: they count here once it commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void moved(Map<CounterKey, Integer> deltas) {
        changes().add(deltas);
    }

    /** The caller's transaction set counters to a recount's figures: the copy is read again once it commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recounted() {
        changes().recounted = true;
    }

    /** Forgets the copy (the benchmark's bare JDBC forwarding changes counters behind the ledger's back). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forget() {
        copy = null;
    }

    /**
     * Reads the copy while no transaction that changed a counter is open, and none can change one
     * until the copy is installed: behind the closed gate, or (two instances) in a transaction of
     * its own that holds the counters in share mode. Under the lock, those that committed but have
     * not yet handed their deltas over are the ones committing now: the copy holds them already.
     * The caller's own transaction must not have changed counters (it would wait for itself).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Copy read() {
        if (Settings.cluster()) {
            // the other instance's transactions do not pass this server's gate
            em.createNativeQuery("LOCK TABLE pendency_count IN SHARE MODE").executeUpdate();
            return load();
        }
        for (int i = 0; i < GATE_TRIES; i++) {
            if (gate.close(GATE_WAIT)) {
                try {
                    return load();
                } finally {
                    gate.open();
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            LOG.fine("pendency counters: changes still open after " + GATE_WAIT + ", reading again");
        }
        throw new IllegalStateException("the pendency counters could not be read: changes kept them open for "
                + GATE_WAIT.multipliedBy(GATE_TRIES));
    }

    private Copy load() {
        long start = System.nanoTime();
        Set<Object> included;
        lock.writeLock().lock();
        try {
            included = Set.copyOf(committing);
        } finally {
            lock.writeLock().unlock();
        }
        Copy read = new Copy(included, clock.instant());
        for (Object o : em.createNativeQuery("SELECT kind, department_id, post_id, since_day, due_day, items FROM pendency_count"
                + " WHERE items <> 0").getResultList()) {
            Object[] r = (Object[]) o;
            read.add(cell(PendencyKind.valueOf(r[0].toString().trim()), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    day(r[3]), day(r[4])), ((Number) r[5]).intValue());
        }
        lock.writeLock().lock();
        try {
            copy = read;
        } finally {
            lock.writeLock().unlock();
        }
        LOG.fine(() -> "pendency counters read: " + read.size + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return read;
    }

    private Copy current() {
        Copy c = copy;
        if (fresh(c)) {
            return c;
        }
        synchronized (loading) {
            c = copy;
            // the copy just read is answered even if a recount committing meanwhile has already dropped it
            return fresh(c) ? c : context.getBusinessObject(PendencyMirror.class).read();
        }
    }

    private boolean fresh(Copy c) {
        return c != null && (!Settings.cluster() || c.readAt.plus(CLUSTER_MAX_AGE).isAfter(clock.instant()));
    }

    /** This transaction's changes; the first call passes the gate, so it comes before the first counter change. */
    private Changes changes() {
        Changes changes = (Changes) tx.getResource(KEY);
        if (changes == null) {
            changes = new Changes();
            gate.enter();
            try {
                tx.registerInterposedSynchronization(changes);
            } catch (RuntimeException e) {
                gate.leave();
                throw e;
            }
            tx.putResource(KEY, changes);
        }
        return changes;
    }

    private void committed(Changes changes) {
        lock.writeLock().lock();
        try {
            Copy c = copy;
            if (changes.recounted) {
                copy = null;
            } else if (c != null && !c.included.contains(changes)) {
                changes.deltas.forEach(c::add);
            }
        } finally {
            committing.remove(changes);
            lock.writeLock().unlock();
        }
    }

    private Cell cell(PendencyKind kind, Long department, Long post, LocalDate since, LocalDate due) {
        return new Cell(kind, same(department), same(post), same(since), same(due));
    }

    /** One instance of each id and day: a district's copy holds 200,000 counters but a few thousand of them. */
    @SuppressWarnings("unchecked")
    private <T> T same(T value) {
        return value == null ? null : (T) canonical.computeIfAbsent(value, v -> v);
    }

    private static LocalDate day(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** One transaction's counter deltas (identity: the transaction). */
    private final class Changes implements Synchronization {
        final Map<Cell, Integer> deltas = new HashMap<>();
        boolean recounted;

        void add(Map<CounterKey, Integer> moved) {
            moved.forEach((k, delta) -> deltas.merge(cell(k.kind(), k.departmentId(), k.postId(), k.since(), k.due()), delta, Integer::sum));
        }

        @Override
        public void beforeCompletion() {
            committing.add(this);
        }

        @Override
        public void afterCompletion(int status) {
            try {
                if (status == Status.STATUS_COMMITTED) {
                    committed(this);
                } else {
                    committing.remove(this);
                }
            } finally {
                gate.leave();
            }
        }
    }

    /** Counts the transactions open that change counters; closed, it holds new ones back until none is open. */
    static final class Gate {
        private int open;
        private boolean closed;

        synchronized void enter() {
            boolean interrupted = false;
            while (closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the change goes on: it is a user's forward
                }
            }
            open++;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized void leave() {
            open--;
            notifyAll();
        }

        /** Closes the gate and waits until none is open: true then; false, and open again, if some are still open after {@code wait}. */
        synchronized boolean close(Duration wait) {
            closed = true;
            long deadline = System.nanoTime() + wait.toNanos();
            try {
                while (open > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        open();
                        return false;
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
                return true;
            } catch (InterruptedException e) {
                open();
                Thread.currentThread().interrupt();
                return false;
            }
        }

        synchronized void open() {
            closed = false;
            notifyAll();
        }
    }
}
