package org.daftar.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An issued government letter (पत्र) as it is printed: everything {@link LetterPdf} needs and
 * nothing about how it was drafted or approved.
 *
 * @param officeHi             the issuing office's name in Hindi, the first heading line
 * @param officeEn             the same in English, the second heading line
 * @param number               the dispatch number (क्रमांक)
 * @param date                 the date of issue
 * @param recipients           one entry per addressee; an entry may span lines (name, post, place)
 * @param subject              the subject line (विषय)
 * @param bodyHtmlOrText       the body: rich text as {@link RichText#sanitize} keeps it, or plain text
 *                             with blank lines between paragraphs; it is sanitized again either way
 * @param signatoryName        who signs
 * @param signatoryDesignation the signatory's designation
 * @param copyTo               the copy-to list, one line each, or {@code null} when there is none
 */
public record Letter(String officeHi, String officeEn, String number, LocalDate date, List<String> recipients,
                     String subject, String bodyHtmlOrText, String signatoryName, String signatoryDesignation,
                     String copyTo) {

    public Letter {
        Objects.requireNonNull(officeHi, "officeHi");
        Objects.requireNonNull(officeEn, "officeEn");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(bodyHtmlOrText, "bodyHtmlOrText");
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(signatoryDesignation, "signatoryDesignation");
    }
}
