package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A file (नस्ती) with its green sheet of notes and its yellow sheet of correspondence. Its number
 * is structured: department / section / subject head / serial / year, e.g. {@code REV/LR/12-3/0045/2026}.
 * A confidential file is visible only to the posts that held it and their superiors.
 */
@Entity
@Table(name = "efile")
@DiscriminatorValue("FILE")
public class EFile extends WorkItem {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_head_id", nullable = false)
    private SubjectHead subjectHead;

    @Column(name = "file_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Column(nullable = false)
    private boolean confidential;

    @Column(name = "last_para", nullable = false)
    private int lastPara;

    @Column(name = "last_c_no", nullable = false)
    private int lastCorrespondence;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "file_reference", joinColumns = @JoinColumn(name = "file_id"),
            inverseJoinColumns = @JoinColumn(name = "referenced_file_id"))
    private Set<EFile> references = new HashSet<>();

    protected EFile() {
    }

    public EFile(SubjectHead head, int year, int serial, String subject, Category category, Priority priority,
                 boolean confidential, Post creator, User actor, Instant now) {
        super(number(head, serial, year), head.getSection(), subject, category, priority, null, creator, actor, now);
        this.subjectHead = head;
        this.year = year;
        this.serial = serial;
        this.confidential = confidential;
    }

    /** {@code REV/LR/12-3/0045/2026}. */
    public static String number(SubjectHead head, int serial, int year) {
        return head.getSection().getDepartment().getCode() + "/" + head.getSection().getCode() + "/"
                + head.getCode() + "/" + String.format("%04d", serial) + "/" + year;
    }

    /** The next paragraph number of the green sheet; numbering runs through the whole file. */
    int nextPara() { return ++lastPara; }

    /** A draft note was deleted: the paragraphs after it (all drafts on this desk) move up by one. */
    void paraRemoved() { lastPara--; }

    /** The next correspondence number (C/1, C/2, …). */
    public int nextCorrespondence() { return ++lastCorrespondence; }

    public void refer(EFile other) {
        if (other.equals(this)) {
            throw new BusinessException("file.reference.self");
        }
        references.add(other);
    }

    public void setConfidential(boolean confidential) { this.confidential = confidential; }

    @Override
    public boolean isFile() { return true; }

    public SubjectHead getSubjectHead() { return subjectHead; }
    public int getYear() { return year; }
    public int getSerial() { return serial; }
    public boolean isConfidential() { return confidential; }
    public int getLastPara() { return lastPara; }
    public int getLastCorrespondence() { return lastCorrespondence; }
    public Set<EFile> getReferences() { return references; }
}
