package org.daftar.mis.discipline;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/**
 * That a person logged in on a day (in India): the first half of "log in every working day". One row
 * per person and day, written on the first interactive login of the day; the unique key (user, day)
 * keeps it one however many servers or tabs log in at once.
 */
@Entity
@Table(name = "login_day")
public class LoginDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "login_date", nullable = false)
    private LocalDate day;

    @Column(name = "first_at", nullable = false)
    private Instant firstAt;

    protected LoginDay() {
    }

    public Long getUserId() { return userId; }
    public LocalDate getDay() { return day; }
    public Instant getFirstAt() { return firstAt; }
}
