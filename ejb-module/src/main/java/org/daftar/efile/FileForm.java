package org.daftar.efile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A new file: its subject head (by id, or by code within the creator's section), subject, and the receipts it starts from. */
public class FileForm implements Serializable {
    private String subject;
    private Long subjectHeadId;
    private String subjectHeadCode;
    private Category category = Category.GENERAL;
    private Priority priority = Priority.ORDINARY;
    private boolean confidential;
    private List<Long> receiptIds = new ArrayList<>();

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public Long getSubjectHeadId() { return subjectHeadId; }
    public void setSubjectHeadId(Long subjectHeadId) { this.subjectHeadId = subjectHeadId; }
    public String getSubjectHeadCode() { return subjectHeadCode; }
    public void setSubjectHeadCode(String subjectHeadCode) { this.subjectHeadCode = subjectHeadCode; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
    public List<Long> getReceiptIds() { return receiptIds; }
    public void setReceiptIds(List<Long> receiptIds) { this.receiptIds = receiptIds == null ? new ArrayList<>() : receiptIds; }
}
