package org.daftar.jandarshan;

import org.daftar.efile.Inputs;

import java.util.Locale;

/**
 * What the citizen tells the counter, checked and cleaned (NFC, trimmed, lengths the columns hold,
 * the mobile number in its ten-digit form) before an acknowledgement number is taken, so that a
 * refusal never uses one up.
 *
 * @param relativeName father's or husband's name; may be absent
 */
public record Particulars(String applicantName, String relativeName, String village, String mobile, String subject) {

    public static final int NAME_MAX = 120;
    public static final int SUBJECT_MAX = 1000;

    public static Particulars of(String applicantName, String relativeName, String village, String mobile, String subject) {
        return new Particulars(
                Inputs.requiredText(applicantName, NAME_MAX, "jandarshan.applicantName"),
                Inputs.optionalText(relativeName, NAME_MAX, "jandarshan.relativeName"),
                Inputs.requiredText(village, NAME_MAX, "jandarshan.village"),
                Mobile.normalise(mobile),
                Inputs.requiredText(subject, SUBJECT_MAX, "jandarshan.subject"));
    }

    /**
     * The subject as duplicates are compared: case and runs of white space do not make two
     * applications different.
     */
    public String subjectKey() {
        return subjectKey(subject);
    }

    static String subjectKey(String subject) {
        return subject == null ? "" : subject.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
