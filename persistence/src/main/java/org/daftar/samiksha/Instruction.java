package org.daftar.samiksha;

import jakarta.persistence.*;
import org.daftar.efile.Inputs;
import org.daftar.efile.Priority;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An instruction (निर्देश) with a deadline, given to one or more posts, each of which answers for
 * its own part ({@link Assignment}). The deadline kept here is the one first given: extensions
 * move an assignee's deadline, never the original, which is still reported.
 */
@Entity
@Table(name = "instruction")
public class Instruction {

    public static final int TEXT_MAX = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instruction_number", nullable = false, unique = true, length = 40)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstructionSource source;

    @Column(name = "body", nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Priority priority;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "deadline_moved", nullable = false)
    private boolean deadlineMoved;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by_user_id", nullable = false)
    private User issuedBy;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by_post_id", nullable = false)
    private Post issuedByPost;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @ElementCollection
    @CollectionTable(name = "instruction_item", joinColumns = @JoinColumn(name = "instruction_id"))
    @Column(name = "item_id")
    private Set<Long> itemIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "instruction", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Assignment> assignments = new ArrayList<>();

    @Version
    private int version;

    protected Instruction() {
    }

    /** Gives the instruction to {@code assignees} (at least one, no duplicates) with the deadline worked out already. */
    public Instruction(String number, Meeting meeting, InstructionSource source, String text, Priority priority,
                       Deadline deadline, Collection<Post> assignees, User issuedBy, Post issuedByPost, Instant now) {
        if (assignees == null || assignees.isEmpty()) {
            throw new BusinessException("instruction.assignee.required");
        }
        if (new LinkedHashSet<>(assignees).size() != assignees.size()) {
            throw new BusinessException("instruction.assignee.duplicate");
        }
        this.number = number;
        this.meeting = meeting;
        this.source = source != null ? source : meeting != null ? InstructionSource.MEETING : InstructionSource.COLLECTOR_ORDER;
        this.text = Inputs.requiredText(text, TEXT_MAX, "instruction.text");
        this.priority = priority == null ? Priority.ORDINARY : priority;
        this.deadline = deadline.date();
        this.deadlineMoved = deadline.movedFromHoliday();
        this.issuedBy = issuedBy;
        this.issuedByPost = issuedByPost;
        this.issuedAt = now;
        for (Post p : assignees) {
            assignments.add(new Assignment(this, p, deadline.date(), issuedBy, issuedByPost, now));
        }
    }

    public void link(Long itemId) { itemIds.add(itemId); }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Meeting getMeeting() { return meeting; }
    public InstructionSource getSource() { return source; }
    public String getText() { return text; }
    public Priority getPriority() { return priority; }
    public LocalDate getDeadline() { return deadline; }
    public boolean isDeadlineMoved() { return deadlineMoved; }
    public User getIssuedBy() { return issuedBy; }
    public Post getIssuedByPost() { return issuedByPost; }
    public Instant getIssuedAt() { return issuedAt; }
    public Set<Long> getItemIds() { return itemIds; }
    public List<Assignment> getAssignments() { return assignments; }
}
