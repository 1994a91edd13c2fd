package org.daftar.web.efile;

import jakarta.inject.Inject;
import org.daftar.efile.Details;
import org.daftar.efile.MovementAction;
import org.daftar.efile.MovementCommand;
import org.daftar.efile.MovementService;
import org.daftar.efile.PostDirectory;
import org.daftar.platform.BusinessException;
import org.daftar.web.faces.Refusals;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a receipt page and a file page share: loading the item by the id in the URL (refused with
 * 403 or 404 when the viewer may not open it) and the movement panel. The movement carries the
 * sequence number the page was rendered with, so acting on a stale page is refused as "already
 * moved" and the remark typed stays in the form.
 */
public abstract class ItemPage implements Serializable {

    @Inject
    protected MovementService movements;

    @Inject
    protected PostDirectory postDirectory;

    @Inject
    protected CurrentUser currentUser;

    protected Long id;
    private MovementAction action = MovementAction.SEND;
    private PostDirectory.PostOption toPost;
    private String remark;
    private LocalDate replyBy;

    /** Reads the item (once more when marking it opened raced the holder's other tab); a refusal becomes the HTTP status of the page. */
    public void load() throws IOException {
        try {
            TryAgain.ifRaced(this::read);
        } catch (BusinessException e) {
            Refusals.sendError(e);
        }
    }

    protected abstract void read();

    public abstract Details.ItemState state();

    /** Carries out the chosen movement; on success the page shows the item's new state. */
    public void move() {
        MovementCommand command = new MovementCommand(action, toPost == null ? null : toPost.code(), remark, replyBy, state().lastSeq());
        TryAgain.ifBusy(() -> movements.move(id, command));
        Messages.info(null, "movement.done." + action);
        remark = null;
        toPost = null;
        replyBy = null;
        read();
    }

    public void pullBack() {
        MovementCommand command = new MovementCommand(MovementAction.PULL_BACK, null, null, null, state().lastSeq());
        TryAgain.ifBusy(() -> movements.move(id, command));
        Messages.info(null, "movement.done.PULL_BACK");
        read();
    }

    public List<PostDirectory.PostOption> completePost(String query) {
        return postDirectory.find(query, 20);
    }

    public String postLabel(PostDirectory.PostOption p) {
        return p == null ? "" : p.label(currentUser.isHindi());
    }

    /** The actions the holder can choose from, given the item's state. */
    public List<MovementAction> getActions() {
        Details.ItemState s = state();
        if (s == null) {
            return List.of();
        }
        return switch (s.status()) {
            case ACTIVE -> List.of(MovementAction.SEND, MovementAction.RETURN, MovementAction.PARK, MovementAction.CLOSE);
            case PARKED -> List.of(MovementAction.SEND, MovementAction.REOPEN, MovementAction.CLOSE);
            default -> List.of();
        };
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MovementAction getAction() { return action; }
    public void setAction(MovementAction action) { this.action = action; }
    public PostDirectory.PostOption getToPost() { return toPost; }
    public void setToPost(PostDirectory.PostOption toPost) { this.toPost = toPost; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
    public LocalDate getReplyBy() { return replyBy; }
    public void setReplyBy(LocalDate replyBy) { this.replyBy = replyBy; }
}
