package org.daftar.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generated district's calendar: Sundays and the second and fourth Saturdays off (the weekly-off
 * rule written for every year), and the gazetted holidays below. Movements happen on working days only.
 */
final class WorkDays {

    record Holiday(LocalDate date, String nameEn, String nameHi) {
    }

    private static final List<Object[]> FIXED = List.of(
            new Object[]{MonthDay.of(1, 26), "Republic Day", "गणतंत्र दिवस"},
            new Object[]{MonthDay.of(8, 15), "Independence Day", "स्वतंत्रता दिवस"},
            new Object[]{MonthDay.of(10, 2), "Gandhi Jayanti", "गांधी जयंती"},
            new Object[]{MonthDay.of(11, 1), "Chhattisgarh Rajyotsava", "छत्तीसगढ़ राज्योत्सव"},
            new Object[]{MonthDay.of(12, 25), "Christmas", "क्रिसमस"});
    /** Festivals that move with the lunar calendar: Holi and Deepawali of each year. */
    private static final Map<Integer, LocalDate[]> MOVING = Map.of(
            2022, new LocalDate[]{LocalDate.of(2022, 3, 18), LocalDate.of(2022, 10, 24)},
            2023, new LocalDate[]{LocalDate.of(2023, 3, 8), LocalDate.of(2023, 11, 12)},
            2024, new LocalDate[]{LocalDate.of(2024, 3, 25), LocalDate.of(2024, 11, 1)},
            2025, new LocalDate[]{LocalDate.of(2025, 3, 14), LocalDate.of(2025, 10, 21)},
            2026, new LocalDate[]{LocalDate.of(2026, 3, 4), LocalDate.of(2026, 11, 8)},
            2027, new LocalDate[]{LocalDate.of(2027, 3, 22), LocalDate.of(2027, 10, 29)});

    private final TreeMap<LocalDate, Holiday> holidays = new TreeMap<>();

    WorkDays(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            for (Object[] f : FIXED) {
                LocalDate d = ((MonthDay) f[0]).atYear(y);
                holidays.put(d, new Holiday(d, (String) f[1], (String) f[2]));
            }
            LocalDate[] moving = MOVING.get(y);
            if (moving != null) {
                holidays.put(moving[0], new Holiday(moving[0], "Holi", "होली"));
                holidays.put(moving[1], new Holiday(moving[1], "Deepawali", "दीपावली"));
            }
        }
    }

    Iterable<Holiday> holidays() { return holidays.values(); }

    boolean isWorking(LocalDate d) {
        if (d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.containsKey(d)) {
            return false;
        }
        int nth = (d.getDayOfMonth() - 1) / 7 + 1;
        return d.getDayOfWeek() != DayOfWeek.SATURDAY || !Set.of(2, 4).contains(nth);
    }

    /** The same day if it is a working day, else the next working day. */
    LocalDate onOrAfter(LocalDate d) {
        while (!isWorking(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day before {@code d}. */
    LocalDate before(LocalDate d) {
        d = d.minusDays(1);
        while (!isWorking(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code n} working days after {@code d} (n = 0: the same day, moved to a working day). */
    LocalDate plus(LocalDate d, int n) {
        d = onOrAfter(d);
        for (int i = 0; i < n; i++) {
            d = onOrAfter(d.plusDays(1));
        }
        return d;
    }
}
