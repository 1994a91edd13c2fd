package org.daftar.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.daftar.sla.SlaKind;
import org.daftar.sla.SlaRules;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SLA rules page: every time limit of the district, grouped by kind, edited in place and saved together. */
@Named
@ViewScoped
public class SlaView implements Serializable {

    /** Where each kind's keys are named in the bundles. */
    private static final Map<SlaKind, String> KEY_LABELS = Map.of(SlaKind.DESK, "priority.",
            SlaKind.JANDARSHAN, "jandarshan.category.", SlaKind.REVENUE_CASE, "revenueCase.type.");

    @Inject
    private transient SlaRules sla;

    private List<SlaRules.Row> rows;
    /** What the administrator typed, per rule ({@code KIND/KEY}), kept when a refusal comes back. */
    private final Map<String, Integer> days = new HashMap<>();

    @PostConstruct
    void load() {
        rows = sla.rules();
        rows.forEach(r -> days.put(id(r), r.days()));
    }

    public void save() {
        int changed = sla.change(rows.stream().map(r -> new SlaRules.Change(r.kind(), r.key(), days.get(id(r)))).toList());
        Messages.info(null, "sla.saved", changed);
        load();
    }

    public List<SlaRules.Row> rows(SlaKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    public String id(SlaRules.Row r) { return r.kind() + "/" + r.key(); }

    public String label(SlaRules.Row r) {
        String prefix = KEY_LABELS.get(r.kind());
        return Messages.text(prefix == null ? "sla.all" : prefix + r.key());
    }

    public String rangeMessage(SlaRules.Row r) {
        return label(r) + ": " + Messages.text(r.kind().rangeKey(), r.kind().min(), r.kind().max());
    }

    public SlaKind[] getKinds() { return SlaKind.values(); }
    public Map<String, Integer> getDays() { return days; }
}
