package org.daftar.cluster;

import org.daftar.efile.ItemChanged;
import org.daftar.efile.MovementAction;
import org.daftar.notice.NoticeCreated;
import org.daftar.samiksha.AssignmentChanged;

import java.time.Instant;
import java.util.Optional;

/** Turns the events that refresh browsers into {@link ClusterEvent} rows and back. */
final class EventCodec {

    private EventCodec() {
    }

    /** The row for {@code event}, or empty if other instances need not hear of it. */
    static Optional<ClusterEvent> toRow(Object event, String origin, Instant at) {
        if (event instanceof ItemChanged e) {
            return Optional.of(new ClusterEvent(origin, ClusterEvent.Kind.ITEM, e.itemId(), e.holderPostId(), e.previousHolderPostId(),
                    e.action() == null ? null : e.action().name(), at));
        }
        if (event instanceof AssignmentChanged e) {
            return Optional.of(new ClusterEvent(origin, ClusterEvent.Kind.ASSIGNMENT, e.assignmentId(), e.assigneePostId(), null, null, at));
        }
        if (event instanceof NoticeCreated e) {
            return Optional.of(new ClusterEvent(origin, ClusterEvent.Kind.NOTICE, null, null, null, e.login(), at));
        }
        return Optional.empty();
    }

    static Object fromRow(ClusterEvent row) {
        return switch (row.getKind()) {
            case ITEM -> new ItemChanged(row.getRefId(), row.getPostId(), row.getPreviousPostId(),
                    row.getDetail() == null ? null : MovementAction.valueOf(row.getDetail()));
            case ASSIGNMENT -> new AssignmentChanged(row.getRefId(), row.getPostId());
            case NOTICE -> new NoticeCreated(row.getDetail());
        };
    }
}
