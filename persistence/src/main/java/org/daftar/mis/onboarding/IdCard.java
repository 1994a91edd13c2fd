package org.daftar.mis.onboarding;

import jakarta.persistence.*;
import org.daftar.org.Codes;
import org.daftar.user.User;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An employee's ID card, known by the reference number the state's ID-card portal gave it. */
@Entity
@Table(name = "id_card")
public class IdCard {

    /** The portal's references: letters, digits, hyphens and slashes. */
    public static final String REFERENCE = "^[A-Z0-9][A-Z0-9/-]{2,39}$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", nullable = false, unique = true)
    private User holder;

    @Column(nullable = false, length = 40)
    private String reference;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected IdCard() {
    }

    public IdCard(User holder) {
        this.holder = Objects.requireNonNull(holder);
    }

    public void issue(String reference, LocalDate issuedOn, String by, Instant at, LocalDate today) {
        String r = Codes.normalise(reference);
        if (r == null || !r.matches(REFERENCE)) {
            throw new IllegalArgumentException("onboarding.idCard.referenceInvalid");
        }
        LocalDate on = OnboardingStep.notAfter(issuedOn, today);
        this.reference = r;
        this.issuedOn = on;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public User getHolder() { return holder; }
    public String getReference() { return reference; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getRecordedBy() { return recordedBy; }
}
