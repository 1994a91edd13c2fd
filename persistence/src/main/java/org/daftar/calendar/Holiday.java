package org.daftar.calendar;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.daftar.org.Text;

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

    @NotBlank(message = "{name.en.required}")
    @Size(max = 120)
    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @NotBlank(message = "{name.hi.required}")
    @Size(max = 120)
    @Column(name = "name_hi", nullable = false, length = 120)
    private String nameHi;

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
        this.nameEn = Text.clean(nameEn);
        this.nameHi = Text.clean(nameHi);
    }

    public void reschedule(LocalDate day, HolidayKind kind) {
        this.day = day;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public String getNameEn() { return nameEn; }
    public String getNameHi() { return nameHi; }
    public HolidayKind getKind() { return kind; }

    public String name(boolean hindi) { return hindi ? nameHi : nameEn; }
}
