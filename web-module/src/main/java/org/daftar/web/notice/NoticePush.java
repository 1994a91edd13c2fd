package org.daftar.web.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.daftar.cluster.Relayed;
import org.daftar.notice.NoticeCreated;

/**
 * Rings the bell: once a notification is committed, its reader's open pages re-read their unread
 * count; also for one committed on the other instance of a pair ({@link Relayed}).
 */
@ApplicationScoped
public class NoticePush {

    @Inject
    @Push(channel = "notice")
    private PushContext notice;

    public void created(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeCreated e) {
        notice.send("notice", e.login());
    }

    public void relayed(@Observes Relayed r) {
        if (r.event() instanceof NoticeCreated e) {
            created(e);
        }
    }
}
