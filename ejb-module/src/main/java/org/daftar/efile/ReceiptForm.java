package org.daftar.efile;

import java.io.Serializable;
import java.time.LocalDate;

/** What a diarist types for an incoming letter; the page and the API fill it alike. */
public class ReceiptForm implements Serializable {
    private String subject;
    private String senderName;
    private String senderDesignation;
    private String senderOrganisation;
    private String senderAddress;
    private ReceiptMode mode = ReceiptMode.POST;
    private Category category = Category.GENERAL;
    private Priority priority = Priority.ORDINARY;
    private String letterNumber;
    private LocalDate letterDate;
    private LocalDate receivedOn;
    private LocalDate replyBy;

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getSenderName() { return senderName; }
    public void setSenderName(String senderName) { this.senderName = senderName; }
    public String getSenderDesignation() { return senderDesignation; }
    public void setSenderDesignation(String senderDesignation) { this.senderDesignation = senderDesignation; }
    public String getSenderOrganisation() { return senderOrganisation; }
    public void setSenderOrganisation(String senderOrganisation) { this.senderOrganisation = senderOrganisation; }
    public String getSenderAddress() { return senderAddress; }
    public void setSenderAddress(String senderAddress) { this.senderAddress = senderAddress; }
    public ReceiptMode getMode() { return mode; }
    public void setMode(ReceiptMode mode) { this.mode = mode; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public String getLetterNumber() { return letterNumber; }
    public void setLetterNumber(String letterNumber) { this.letterNumber = letterNumber; }
    public LocalDate getLetterDate() { return letterDate; }
    public void setLetterDate(LocalDate letterDate) { this.letterDate = letterDate; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public LocalDate getReplyBy() { return replyBy; }
    public void setReplyBy(LocalDate replyBy) { this.replyBy = replyBy; }
}
