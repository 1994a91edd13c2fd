package org.daftar.sla;

import jakarta.persistence.*;
import org.daftar.platform.BusinessException;

import java.time.Instant;

/**
 * A time limit the administrator has set for one kind of item and one of its keys (a priority, a
 * category, a case type). Where there is no row, the deployment's default applies; once a rule is
 * edited here, this row is the truth. Who changed it last, and when, is kept with it; every change
 * also goes into the district audit chain.
 */
@Entity
@Table(name = "sla_rule", uniqueConstraints = @UniqueConstraint(columnNames = {"kind", "rule_key"}))
@NamedQuery(name = "SlaRule.ofKind", query = "select r from SlaRule r where r.kind = :kind")
public class SlaRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SlaKind kind;

    @Column(name = "rule_key", nullable = false, length = 20)
    private String key;

    @Column(name = "working_days", nullable = false)
    private int days;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private int version;

    protected SlaRule() {
    }

    public SlaRule(SlaKind kind, String key, int days, String by, Instant now) {
        if (kind == null || !kind.hasKey(key)) {
            throw new BusinessException("sla.key.unknown", kind + "/" + key);
        }
        this.kind = kind;
        this.key = key;
        change(days, by, now);
    }

    /** Sets the limit; out of the kind's range is refused, whatever else is being saved with it. */
    public void change(int days, String by, Instant now) {
        if (days < kind.min() || days > kind.max()) {
            throw new BusinessException(kind.rangeKey(), kind.min(), kind.max());
        }
        this.days = days;
        this.changedBy = by;
        this.changedAt = now;
    }

    public SlaKind getKind() { return kind; }
    public String getKey() { return key; }
    public int getDays() { return days; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
