package org.daftar.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.daftar.cluster.Relayed;
import org.daftar.efile.ItemChanged;
import org.daftar.efile.PostDirectory;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells browsers at once when an item moved: the people holding the receiving and the sending
 * post get a message on their "desk" channel (their inbox refreshes and shows a notice), and open
 * track pages get the item's id on the "track" channel. Only ids travel; pages re-read what the
 * viewer may see. Events committed on the other instance of a pair arrive as {@link Relayed}.
 */
@ApplicationScoped
public class DeskPush {

    @Inject
    @Push(channel = "desk")
    private PushContext desk;

    @Inject
    @Push(channel = "track")
    private PushContext track;

    @Inject
    private PostDirectory posts;

    /** An instruction given to a post, or the reason asked of it: its holders' pages refresh at once. */
    public void instructed(@Observes(during = TransactionPhase.AFTER_SUCCESS) org.daftar.samiksha.AssignmentChanged e) {
        Set<String> logins = new HashSet<>(posts.holders(e.assigneePostId()));
        if (!logins.isEmpty()) {
            desk.send("instruction:" + e.assignmentId(), logins);
        }
    }

    public void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemChanged e) {
        Set<String> logins = new HashSet<>(posts.holders(e.holderPostId()));
        if (e.previousHolderPostId() != null && !e.previousHolderPostId().equals(e.holderPostId())) {
            logins.addAll(posts.holders(e.previousHolderPostId()));
        }
        if (!logins.isEmpty()) {
            desk.send(String.valueOf(e.itemId()), logins);
        }
        track.send(String.valueOf(e.itemId()));
    }

    public void relayed(@Observes Relayed r) {
        if (r.event() instanceof ItemChanged e) {
            moved(e);
        } else if (r.event() instanceof org.daftar.samiksha.AssignmentChanged e) {
            instructed(e);
        }
    }
}
