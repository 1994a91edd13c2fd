package org.daftar.efile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.daftar.org.Codes;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.platform.LockConflicts;
import org.daftar.user.User;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves receipts and files (संचलन): send, return, pull back, park, close, reopen. Each movement
 * gets the item's next sequence number, makes the file's draft notes permanent, counts as a
 * disposal where the rules say so, and goes into the item's audit chain. Two people acting on the
 * same item at once: the item's version lets exactly one of them through; the other gets a
 * conflict ("the file has already moved") and nothing of theirs is half-done.
 */
@Stateless
public class MovementService {

    private static final Logger LOG = Logger.getLogger(MovementService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private Clock clock;

    @Inject
    private Event<ItemChanged> changed;

    @Inject
    private Event<ItemDisposed> disposed;

    public Movement move(Long itemId, MovementCommand command) {
        if (command == null || command.action() == null) {
            throw new BusinessException("movement.action.required");
        }
        WorkItem item = desks.open(WorkItem.class, itemId);
        if (command.expectedSeq() != null && command.expectedSeq() != item.getLastSeq()) {
            throw BusinessException.conflict("item.moved", item.getNumber());
        }
        Instant now = clock.instant();
        Post previous = item.getHolder();
        Actor actor;
        Movement m;
        switch (command.action()) {
            case SEND -> {
                actor = desks.holderOf(item);
                m = item.send(post(command.toPost()), actor.user(), now, command.remark(), command.replyBy());
            }
            case RETURN -> {
                actor = desks.holderOf(item);
                m = item.returnTo(lastSender(item), actor.user(), now, command.remark());
            }
            case PULL_BACK -> {
                Movement last = latest(item);
                actor = pullerOf(item, last);
                m = item.pullBack(actor.post(), last, actor.user(), now, command.remark());
            }
            case PARK -> {
                actor = desks.holderOf(item);
                m = item.park(actor.user(), now, command.remark());
            }
            case CLOSE -> {
                actor = desks.holderOf(item);
                m = item.close(actor.user(), now, command.remark());
            }
            case REOPEN -> {
                actor = reopenerOf(item);
                m = item.reopen(actor.post(), actor.user(), now, command.remark());
            }
            default -> throw new BusinessException("movement.action.invalid");
        }
        record(item, m, actor, now);
        changed.fire(new ItemChanged(item.getId(), item.getHolder().getId(), previous.getId(), m.getAction()));
        return m;
    }

    /** The holder opened the item: it is read, and the sender can no longer pull it back. */
    public void opened(WorkItem item) {
        User user = desks.reader();
        if (user.holds(item.getHolder()) && item.open()) {
            em.persist(item.audit(user.getLoginId(), "OPENED", item.getHolder().getCode(), clock.instant()));
            flush(item);
        }
    }

    /**
     * Persists a movement and everything that follows from it, in the caller's transaction: the
     * holder index, permanent notes, the disposal record, the audit entry. Flushes at once, so a
     * concurrent winner shows up here as a conflict rather than as a failed commit.
     */
    public void record(WorkItem item, Movement m, Actor actor, Instant now) {
        em.persist(m);
        desks.held(item, m.getToPost());
        // the item's new version is written first: a concurrent winner then surfaces here as the
        // item.moved conflict, not as an OptimisticLockException from the auto-flush of the query below
        flush(item);
        boolean noted = false;
        if (item instanceof EFile file && m.getAction() != MovementAction.CREATE) {
            List<Note> drafts = em.createQuery("select n from Note n where n.file = :file and n.permanent = :no", Note.class)
                    .setParameter("file", file).setParameter("no", false).getResultList();
            drafts.forEach(Note::makePermanent);
            noted = !drafts.isEmpty();
        }
        DisposalKind disposal = switch (m.getAction()) {
            case CLOSE -> DisposalKind.CLOSE;
            case SEND, RETURN -> noted ? DisposalKind.FORWARD_WITH_NOTE : null;
            default -> null;
        };
        if (disposal != null) {
            em.persist(new Disposal(actor.user().getId(), actor.post().getId(), item.getId(), disposal, now));
        }
        if (disposal == DisposalKind.CLOSE) {
            disposed.fire(new ItemDisposed(item, disposal, item.getNumber(), actor, now));
        }
        em.persist(item.audit(actor.login(), m.getAction().name(),
                m.getFromPost().getCode() + " -> " + m.getToPost().getCode() + (m.getRemark() == null ? "" : ": " + m.getRemark()), now));
        flush(item);
    }

    public void flush(WorkItem item) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (LockConflicts.lost(e)) {
                // the database gave up on a lock (a deadlock, Derby's identity generator): the item has not moved
                LOG.log(Level.INFO, "write of " + item.getNumber() + " lost a lock; the user is asked to try again", e);
                throw BusinessException.conflict("item.busy", item.getNumber());
            }
            // almost always another person's change of the same item (version or movement number taken);
            // logged, so that anything else surfacing here can still be found
            LOG.log(Level.FINE, "write of " + item.getNumber() + " refused as a conflict", e);
            throw BusinessException.conflict("item.moved", item.getNumber());
        }
    }

    private Post post(String code) {
        if (code == null || code.isBlank()) {
            throw new BusinessException("movement.toPost.required");
        }
        List<Post> found = em.createNamedQuery("Post.byCode", Post.class).setParameter("code", Codes.normalise(code))
                .getResultList();
        if (found.isEmpty()) {
            throw new BusinessException("movement.toPost.unknown", code);
        }
        return found.get(0);
    }

    private Movement latest(WorkItem item) {
        return em.createQuery("select m from Movement m where m.itemId = :item and m.seq = :seq", Movement.class)
                .setParameter("item", item.getId()).setParameter("seq", item.getLastSeq()).getSingleResult();
    }

    /** The post that sent the item to its present holder: the latest arrival at the holder. */
    private Post lastSender(WorkItem item) {
        return em.createQuery("select m.fromPost from Movement m where m.itemId = :item and m.toPost = :holder "
                        + "and m.action in :arrivals order by m.seq desc", Post.class)
                .setParameter("item", item.getId()).setParameter("holder", item.getHolder())
                .setParameter("arrivals", List.of(MovementAction.SEND, MovementAction.RETURN))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Actor pullerOf(WorkItem item, Movement last) {
        User user = desks.caller();
        if (last.changesHolder() && user.holds(last.getFromPost())) {
            return new Actor(user, last.getFromPost());
        }
        throw BusinessException.conflict("movement.pullBack.notSent");
    }

    private Actor reopenerOf(WorkItem item) {
        User user = desks.caller();
        if (user.holds(item.getHolder())) {
            return new Actor(user, item.getHolder());
        }
        return user.currentPosts().stream().filter(p -> p.isSuperiorOf(item.getHolder())).findFirst()
                .map(p -> new Actor(user, p))
                .orElseThrow(() -> BusinessException.forbidden("movement.reopen.notAllowed"));
    }
}
