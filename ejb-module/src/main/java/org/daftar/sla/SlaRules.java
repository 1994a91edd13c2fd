package org.daftar.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.cases.RevenueRule;
import org.daftar.efile.Desks;
import org.daftar.efile.Priority;
import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyLedger;
import org.daftar.platform.BusinessException;
import org.daftar.platform.Settings;
import org.daftar.user.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The district's time limits (SLA rules). What the administrator has set is the truth; where
 * nothing is set yet, the deployment's default applies (the {@code DAFTAR_*} environment of
 * {@link Settings}, else the built-in figure), so a fresh install behaves as before.
 */
@Stateless
public class SlaRules {

    /** A limit as the rules page shows it: in force, the default it replaces, and who set it when. */
    public record Row(SlaKind kind, String key, int days, int defaultDays, String changedBy, Instant changedAt) {
    }

    /** One edit from the rules page. */
    public record Change(SlaKind kind, String key, Integer days) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private PendencyLedger pendency;

    /** The limit in force for one key of a kind. */
    public int days(SlaKind kind, String key) {
        return days(kind).get(key);
    }

    /** The limits in force for every key of a kind: one query, for lists that need many. */
    public Map<String, Integer> days(SlaKind kind) {
        Map<String, Integer> result = new HashMap<>();
        for (String key : kind.keys()) {
            result.put(key, defaultDays(kind, key));
        }
        for (SlaRule r : stored(kind)) {
            result.put(r.getKey(), r.getDays());
        }
        return result;
    }

    /** Every rule, kind by kind in the order of {@link SlaKind}. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public List<Row> rules() {
        List<Row> rows = new ArrayList<>();
        for (SlaKind kind : SlaKind.values()) {
            Map<String, SlaRule> set = new HashMap<>();
            stored(kind).forEach(r -> set.put(r.getKey(), r));
            for (String key : kind.keys()) {
                SlaRule r = set.get(key);
                int fallback = defaultDays(kind, key);
                rows.add(r == null ? new Row(kind, key, fallback, fallback, null, null)
                        : new Row(kind, key, r.getDays(), fallback, r.getChangedBy(), r.getChangedAt()));
            }
        }
        return rows;
    }

    /**
     * Saves the limits that differ from those in force, all or none: one refused value leaves every
     * rule as it was. Each change goes into the district audit chain with the old and new figure.
     */
    @RolesAllowed(Role.ADMIN_ROLE)
    public int change(List<Change> changes) {
        String by = desks.caller().getLoginId();
        Instant now = clock.instant();
        int changed = 0;
        boolean deskChanged = false;
        for (Change c : changes) {
            if (c.kind() == null || !c.kind().hasKey(c.key())) {
                throw new BusinessException("sla.key.unknown", c.kind() + "/" + c.key());
            }
            if (c.days() == null) {
                throw new BusinessException(c.kind().rangeKey(), c.kind().min(), c.kind().max());
            }
            int before = days(c.kind(), c.key());
            if (before == c.days()) {
                continue;
            }
            SlaRule r = em.createQuery("select r from SlaRule r where r.kind = :kind and r.key = :key", SlaRule.class)
                    .setParameter("kind", c.kind()).setParameter("key", c.key()).getResultStream().findFirst().orElse(null);
            if (r == null) {
                em.persist(new SlaRule(c.kind(), c.key(), c.days(), by, now));
            } else {
                r.change(c.days(), by, now);
            }
            audit.record(by, "SLA_RULE_CHANGED", "sla:" + c.kind() + "/" + c.key(), before + " -> " + c.days(), null);
            changed++;
            deskChanged |= c.kind() == SlaKind.DESK;
        }
        em.flush();
        if (deskChanged) {
            // a desk-time limit moves the due day of every file and receipt on a desk: the read model follows at once
            pendency.realign(PendencyKind.Source.WORK_ITEM);
        }
        return changed;
    }

    private List<SlaRule> stored(SlaKind kind) {
        return em.createNamedQuery("SlaRule.ofKind", SlaRule.class).setParameter("kind", kind).getResultList();
    }

    /** The limit before the administrator sets one: the deployment's setting, else the built-in figure. */
    static int defaultDays(SlaKind kind, String key) {
        return switch (kind) {
            case DESK -> Settings.deskLimitDays(Priority.valueOf(key));
            case TL_REPLY -> Settings.getInt("daftar.tl.reply.days", 7);
            case JANDARSHAN -> 7;
            case REVENUE_CASE -> RevenueRule.DEFAULT_LIMIT_DAYS;
            case PENSION_LEAD -> Settings.getInt("daftar.pension.lead.days", 90);
            case REMINDER -> Settings.getInt("daftar.escalation.reminder.days", 1);
            case ESCALATION_GAP -> Settings.getInt("daftar.escalation.later.days", 3);
            case DAILY_DISPOSALS -> Settings.getInt("daftar.discipline.disposals", 1);
        };
    }
}
