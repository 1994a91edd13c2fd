package org.daftar.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.platform.DaftarClock;

import java.time.Clock;
import java.time.LocalDate;

/** Tells the pages when "today" is not the real date (a training instance), so nobody is misled. */
@Named
@ApplicationScoped
public class TrainingClock {

    @Inject
    private DaftarClock daftarClock;

    @Inject
    private Clock clock;

    @Inject
    private Formats formats;

    public boolean isShifted() { return daftarClock.isShifted(); }

    public String getToday() { return formats.date(LocalDate.now(clock)); }
}
