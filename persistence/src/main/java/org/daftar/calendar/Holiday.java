package org.daftar.calendar;

import jakarta.persistence.*;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.daftar.org.BilingualName;

import java.time.LocalDate;

@Entity
@Table(name = "holiday")
@NamedQuery(name = "Holiday.inYear", query = "select h from Holiday h where h.day >= :from and h.day <= :to order by h.day")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull(message = "{holiday.date.required}")
    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate day;

    @Valid
    @Embedded
    private BilingualName name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private HolidayKind kind;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String nameEn, String nameHi, HolidayKind kind) {
        this.day = day;
        this.kind = kind;
        rename(nameEn, nameHi);
    }

    public void rename(String nameEn, String nameHi) {
        this.name = BilingualName.of(nameEn, nameHi);
    }

    public void reschedule(LocalDate day, HolidayKind kind) {
        this.day = day;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public BilingualName getName() { return name; }
    public HolidayKind getKind() { return kind; }
}
