package org.daftar.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.daftar.platform.DaftarClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as offices write them: dd-MM-yyyy, in India's time zone whatever the server's. */
@Named
@ApplicationScoped
public class Formats {

    public static final String DATE_PATTERN = "dd-MM-yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(DaftarClock.INDIA);

    public String date(LocalDate d) { return d == null ? "" : DATE.format(d); }

    public String dateTime(Instant i) { return i == null ? "" : DATE_TIME.format(i); }

    public String getDatePattern() { return DATE_PATTERN; }
}
