package org.daftar.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows of {@code cluster_event} this instance still has to replay. Each poll reads the rows
 * of the last {@link #WINDOW} rather than "after the last id": identity values are handed out
 * before commit, so a row with a smaller id can become visible after a larger one. The ids already
 * replayed are remembered for as long as they can still be read again.
 */
final class Replay {

    /** How far back each poll reads; longer than any pause between an event's commit and its row's. */
    static final Duration WINDOW = Duration.ofSeconds(15);

    private final String here;
    private final Instant startedAt;
    private final Map<Long, Instant> replayed = new HashMap<>();

    Replay(String here, Instant startedAt) {
        this.here = here;
        this.startedAt = startedAt;
    }

    /** The oldest raise time the poll at {@code now} reads: nothing from before this instance started. */
    Instant since(Instant now) {
        Instant from = now.minus(WINDOW);
        return from.isBefore(startedAt) ? startedAt : from;
    }

    /** The rows not raised here and not replayed yet, in the order read; from now on they count as replayed. */
    List<ClusterEvent> fresh(List<ClusterEvent> read, Instant now) {
        replayed.values().removeIf(at -> at.isBefore(now.minus(WINDOW).minus(WINDOW)));
        List<ClusterEvent> fresh = new ArrayList<>();
        for (ClusterEvent row : read) {
            if (!here.equals(row.getOrigin()) && replayed.putIfAbsent(row.getId(), row.getRaisedAt()) == null) {
                fresh.add(row);
            }
        }
        return fresh;
    }
}
