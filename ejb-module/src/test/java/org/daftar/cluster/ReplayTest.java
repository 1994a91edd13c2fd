package org.daftar.cluster;

import org.daftar.efile.ItemChanged;
import org.daftar.efile.MovementAction;
import org.daftar.notice.NoticeCreated;
import org.daftar.samiksha.AssignmentChanged;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the other instance of a pair replays of the live updates committed on this one, and what it skips. */
class ReplayTest {

    private final Instant started = Instant.parse("2026-11-30T04:00:00Z");
    private final Replay replay = new Replay("B", started);

    @Test
    void aFileForwardedOnTheOtherInstanceRefreshesTheDesksHereWithTheSameIds() {
        ItemChanged forwarded = new ItemChanged(17L, 4L, 3L, MovementAction.SEND);
        ClusterEvent row = saved(1, EventCodec.toRow(forwarded, "A", started.plusSeconds(5)).orElseThrow());

        assertThat(replay.fresh(List.of(row), started.plusSeconds(6))).containsExactly(row);
        assertThat(EventCodec.fromRow(row)).isEqualTo(forwarded);
    }

    @Test
    void instructionsAndNotificationsCrossToo() {
        AssignmentChanged asked = new AssignmentChanged(9L, 4L);
        NoticeCreated bell = new NoticeCreated("so.landrecords");
        assertThat(EventCodec.fromRow(EventCodec.toRow(asked, "A", started).orElseThrow())).isEqualTo(asked);
        assertThat(EventCodec.fromRow(EventCodec.toRow(bell, "A", started).orElseThrow())).isEqualTo(bell);
        assertThat(EventCodec.toRow("something else", "A", started)).isEmpty();
    }

    @Test
    void eachEventIsReplayedOnceThoughLaterPollsReadItAgain() {
        ClusterEvent row = saved(1, event("A", started.plusSeconds(1)));
        assertThat(replay.fresh(List.of(row), started.plusSeconds(2))).hasSize(1);
        assertThat(replay.fresh(List.of(row), started.plusSeconds(3))).isEmpty();
    }

    @Test
    void aRowCommittedLateWithASmallerIdIsStillReplayed() {
        ClusterEvent later = saved(8, event("A", started.plusSeconds(2)));
        ClusterEvent slower = saved(7, event("A", started.plusSeconds(1)));
        assertThat(replay.fresh(List.of(later), started.plusSeconds(3))).containsExactly(later);
        assertThat(replay.fresh(List.of(slower, later), started.plusSeconds(4))).containsExactly(slower);
    }

    @Test
    void anInstanceDoesNotReplayItsOwnEvents() {
        assertThat(replay.fresh(List.of(saved(1, event("B", started.plusSeconds(1)))), started.plusSeconds(2))).isEmpty();
    }

    @Test
    void pollsReadTheLastSecondsButNothingFromBeforeTheInstanceStarted() {
        assertThat(replay.since(started.plusSeconds(3))).isEqualTo(started);
        assertThat(replay.since(started.plusSeconds(60))).isEqualTo(started.plusSeconds(60).minus(Replay.WINDOW));
    }

    private static ClusterEvent event(String origin, Instant at) {
        return EventCodec.toRow(new NoticeCreated("collector"), origin, at).orElseThrow();
    }

    private static ClusterEvent saved(long id, ClusterEvent row) {
        try {
            Field f = ClusterEvent.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(row, id);
            return row;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
