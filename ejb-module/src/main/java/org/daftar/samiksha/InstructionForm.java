package org.daftar.samiksha;

import org.daftar.efile.Priority;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An instruction as the collector gives it: text, assignee post codes, a date or N working days, links to e-files. */
public class InstructionForm implements Serializable {
    private Long meetingId;
    private InstructionSource source;
    private String text;
    private List<String> assignees = new ArrayList<>();
    private LocalDate deadline;
    private Integer workingDays;
    private Priority priority = Priority.ORDINARY;
    private List<Long> itemIds = new ArrayList<>();

    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public InstructionSource getSource() { return source; }
    public void setSource(InstructionSource source) { this.source = source; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<String> getAssignees() { return assignees; }
    public void setAssignees(List<String> assignees) { this.assignees = assignees == null ? new ArrayList<>() : assignees; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public List<Long> getItemIds() { return itemIds; }
    public void setItemIds(List<Long> itemIds) { this.itemIds = itemIds == null ? new ArrayList<>() : itemIds; }
}
