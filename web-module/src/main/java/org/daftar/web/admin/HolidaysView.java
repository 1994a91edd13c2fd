package org.daftar.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.daftar.calendar.CalendarService;
import org.daftar.calendar.Holiday;
import org.daftar.calendar.HolidayKind;
import org.daftar.calendar.WeeklyOffRule;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** The holiday calendar of a year: which Saturdays and Sundays are off, and the holidays. */
@Named
@ViewScoped
public class HolidaysView implements Serializable {

    @Inject
    private transient CalendarService calendar;

    @Inject
    private transient Clock clock;

    private int year;
    private List<Holiday> holidays;
    private boolean sundaysOff;
    private List<Integer> saturdaysOff;

    private Long id;
    @NotNull(message = "{holiday.date.required}")
    private LocalDate day;
    @NotBlank(message = "{name.en.required}")
    @Size(max = 120)
    private String nameEn;
    @NotBlank(message = "{name.hi.required}")
    @Size(max = 120)
    private String nameHi;
    private HolidayKind kind = HolidayKind.GAZETTED;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
        load();
    }

    public void load() {
        holidays = calendar.holidays(year);
        WeeklyOffRule rule = calendar.weeklyOffRule(year);
        sundaysOff = rule.isSundaysOff();
        saturdaysOff = Arrays.stream(rule.saturdayNumbers()).boxed().toList();
    }

    public void saveRule() {
        calendar.setWeeklyOffRule(year, sundaysOff, saturdaysOff.stream().mapToInt(Integer::intValue).toArray());
        Messages.info(null, "admin.saved");
        load();
    }

    public void create() {
        edit(null);
    }

    public void edit(Holiday h) {
        id = h == null ? null : h.getId();
        day = h == null ? null : h.getDay();
        nameEn = h == null ? null : h.getName().getEn();
        nameHi = h == null ? null : h.getName().getHi();
        kind = h == null ? HolidayKind.GAZETTED : h.getKind();
    }

    public void save() {
        calendar.saveHoliday(id, day, nameEn, nameHi, kind);
        Messages.info(null, "admin.saved");
        if (day.getYear() != year) {
            year = day.getYear();
        }
        edit(null);
        load();
    }

    public void delete(Long holidayId) {
        calendar.deleteHoliday(holidayId);
        Messages.info(null, "admin.holiday.deleted");
        load();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(now - 2, now + 2).boxed().toList();
    }

    public List<Integer> getSaturdayNumbers() { return List.of(1, 2, 3, 4, 5); }
    public HolidayKind[] getKinds() { return HolidayKind.values(); }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<Holiday> getHolidays() { return holidays; }
    public boolean isSundaysOff() { return sundaysOff; }
    public void setSundaysOff(boolean sundaysOff) { this.sundaysOff = sundaysOff; }
    public List<Integer> getSaturdaysOff() { return saturdaysOff; }
    public void setSaturdaysOff(List<Integer> saturdaysOff) { this.saturdaysOff = saturdaysOff; }
    public Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameHi() { return nameHi; }
    public void setNameHi(String nameHi) { this.nameHi = nameHi; }
    public HolidayKind getKind() { return kind; }
    public void setKind(HolidayKind kind) { this.kind = kind; }
}
