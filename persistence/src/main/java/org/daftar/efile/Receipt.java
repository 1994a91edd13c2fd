package org.daftar.efile;

import jakarta.persistence.*;
import org.daftar.org.Post;
import org.daftar.org.Section;
import org.daftar.platform.BusinessException;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An incoming letter (डाक / प्राप्ति), diarised with a number per section and year such as
 * {@code LR/1234/2026}. It moves on its own like a file until it is put into a file, where it
 * becomes a correspondence item and travels with the file.
 */
@Entity
@Table(name = "receipt")
@DiscriminatorValue("RECEIPT")
public class Receipt extends WorkItem {

    @Column(name = "diary_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Embedded
    private Sender sender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReceiptMode mode;

    @Column(name = "letter_number", length = 80)
    private String letterNumber;

    @Column(name = "letter_date")
    private LocalDate letterDate;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private EFile file;

    protected Receipt() {
    }

    public Receipt(Section section, int year, int serial, String subject, Category category, Priority priority,
                   LocalDate replyBy, Sender sender, ReceiptMode mode, String letterNumber, LocalDate letterDate,
                   LocalDate receivedOn, Post diarist, User actor, Instant now) {
        super(number(section, serial, year), section, subject, category, priority, replyBy, diarist, actor, now);
        this.year = year;
        this.serial = serial;
        this.sender = sender;
        this.mode = mode == null ? ReceiptMode.POST : mode;
        this.letterNumber = Inputs.optionalText(letterNumber, 80, "receipt.letterNumber");
        if (letterDate != null && receivedOn != null && letterDate.isAfter(receivedOn)) {
            throw new BusinessException("receipt.letterDate.afterReceived");
        }
        this.letterDate = letterDate;
        this.receivedOn = receivedOn == null ? now.atZone(org.daftar.calendar.WorkingCalendar.INDIA).toLocalDate() : receivedOn;
    }

    /** {@code LR/1234/2026}: the section's code, the serial of the year, the year. */
    public static String number(Section section, int serial, int year) {
        return section.getCode() + "/" + serial + "/" + year;
    }

    /** Puts the receipt into a file, where it becomes correspondence and stops moving on its own. */
    public Movement putInto(EFile file, User actor, Instant now) {
        requireMovable();
        if (!getHolder().equals(file.getHolder())) {
            throw BusinessException.forbidden("receipt.putInFile.notHolder");
        }
        this.file = file;
        Movement m = record(MovementAction.PUT_IN_FILE, getHolder(), getHolder(), actor, now, remark(file.getNumber()), null);
        markFiled(file.getNumber());
        return m;
    }

    @Override
    public boolean isFile() { return false; }

    public int getYear() { return year; }
    public int getSerial() { return serial; }
    public Sender getSender() { return sender; }
    public ReceiptMode getMode() { return mode; }
    public String getLetterNumber() { return letterNumber; }
    public LocalDate getLetterDate() { return letterDate; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public EFile getFile() { return file; }
}
