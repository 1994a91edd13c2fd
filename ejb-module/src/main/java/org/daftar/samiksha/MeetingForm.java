package org.daftar.samiksha;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A meeting as it is recorded: date, type, title, the attending posts' codes, agenda and minutes in English and Hindi. */
public class MeetingForm implements Serializable {
    private LocalDate date;
    private MeetingType type = MeetingType.TIME_LIMIT;
    private String title;
    private List<String> attendees = new ArrayList<>();
    private String agenda;
    private String minutes;
    private String minutesHi;

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public MeetingType getType() { return type; }
    public void setType(MeetingType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<String> getAttendees() { return attendees; }
    public void setAttendees(List<String> attendees) { this.attendees = attendees == null ? new ArrayList<>() : attendees; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public String getMinutesHi() { return minutesHi; }
    public void setMinutesHi(String minutesHi) { this.minutesHi = minutesHi; }
}
