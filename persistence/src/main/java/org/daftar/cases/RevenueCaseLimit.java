package org.daftar.cases;

import jakarta.persistence.*;

/**
 * How many working days a court has to dispose of a case of one type. A type without a row gets
 * {@link RevenueRule#DEFAULT_LIMIT_DAYS} ("dispose within a week").
 */
@Entity
@Table(name = "revenue_case_limit")
public class RevenueCaseLimit {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", length = 12)
    private RevenueCaseType caseType;

    @Column(nullable = false)
    private int days;

    protected RevenueCaseLimit() {
    }

    public RevenueCaseLimit(RevenueCaseType caseType, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative limit: " + days);
        }
        this.caseType = caseType;
        this.days = days;
    }

    public RevenueCaseType getCaseType() { return caseType; }
    public int getDays() { return days; }
}
