package org.daftar.web.mis;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.daftar.mis.pend.AgeBuckets;
import org.daftar.mis.pend.PendencyCheck;
import org.daftar.mis.pend.PendencyKind;
import org.daftar.mis.pend.PendencyService;
import org.daftar.mis.pend.PendencyService.Dashboard;
import org.daftar.mis.pend.PendencyService.Row;
import org.daftar.mis.pend.PendencyService.SlowDesk;
import org.daftar.mis.pend.PendencyService.TrendPoint;
import org.daftar.mis.pend.PendencyService.Unit;
import org.daftar.web.faces.PageUrls;
import org.daftar.web.i18n.CurrentUser;
import org.daftar.web.i18n.Messages;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * The collector's dashboard (mis/dashboard.xhtml?department=): pendency by department — or, for
 * one department, by post — × kind × age bucket with overdue counts, each number a link to the
 * items behind it; the charts with their figures as tables; the last recount of the read model.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    /** A department's or post's pending and overdue items, all kinds together: the bar chart and its table. */
    public record UnitTotal(Unit unit, int total, int overdue) {
    }

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd-MM");

    @Inject
    private PendencyService pendency;

    @Inject
    private CurrentUser user;

    private String department;
    private Dashboard dashboard;
    private List<UnitTotal> units;
    private List<TrendPoint> trend;
    private List<SlowDesk> slowest;
    private PendencyCheck.Run lastCheck;

    /** f:viewAction: the numbers of the scope asked for (refused in the EJB when it is not the caller's). */
    public void load() {
        dashboard = pendency.dashboard(department);
        department = dashboard.scope().departmentCode();
        Map<Unit, UnitTotal> byUnit = new LinkedHashMap<>();
        for (Row r : dashboard.rows()) {
            byUnit.merge(r.unit(), new UnitTotal(r.unit(), r.total(), r.overdue()),
                    (a, b) -> new UnitTotal(a.unit(), a.total() + b.total(), a.overdue() + b.overdue()));
        }
        units = List.copyOf(byUnit.values());
        trend = pendency.trend(department);
        slowest = pendency.slowest(department);
        lastCheck = pendency.lastCheck().orElse(null);
    }

    public void recount() {
        lastCheck = pendency.recount();
        Messages.info(null, "mis.pend.check.done", lastCheck.driftFound(), lastCheck.driftRepaired());
        load();
    }

    public String unitName(Unit u) {
        return u.post() ? u.section().in(user.isHindi()) + " / " + u.code() + " — " + u.name().in(user.isHindi())
                : u.code() + " — " + u.name().in(user.isHindi());
    }

    /**
     * The address of the items behind one number of the table (mis/pending.xhtml): the department
     * (or, in a department's view, the post), the kind, and the age bucket or overdue. Built here
     * rather than by an h:link per number: a district's table has a thousand of them, and the links
     * took a third of the page's rendering.
     */
    public String pendingUrl(Row r, Integer bucket, boolean overdue) {
        Unit u = r.unit();
        Map<String, Object> params = new LinkedHashMap<>();
        String dept = u != null && !u.post() ? u.code() : department;
        if (dept != null && !dept.isEmpty()) {
            params.put("department", dept);
        }
        if (u != null && u.post()) {
            params.put("post", u.code());
        }
        params.put("kind", r.kind());
        if (bucket != null) {
            params.put("bucket", bucket);
        }
        if (overdue) {
            params.put("overdue", true);
        }
        return PageUrls.of("/mis/pending.xhtml", params);
    }

    public PendencyKind[] getKinds() {
        return PendencyKind.values();
    }

    public List<Integer> getBucketIndexes() {
        return IntStream.range(0, AgeBuckets.COUNT).boxed().toList();
    }

    public String getBarChart() {
        return chart("bar", units, u -> u.unit().code(), List.of(
                dataset(Messages.text("mis.pend.pending"), units, UnitTotal::total, "#1f5fa6"),
                dataset(Messages.text("mis.pend.overdue"), units, UnitTotal::overdue, "#b3261e")), false);
    }

    public String getTrendChart() {
        return chart("line", trend, t -> t.week().format(WEEK), List.of(
                dataset(Messages.text("mis.pend.overdue"), trend, TrendPoint::overdue, "#b3261e"),
                dataset(Messages.text("mis.pend.pending"), trend, TrendPoint::pending, "#1f5fa6")), false);
    }

    public String getSlowestChart() {
        return chart("bar", slowest, SlowDesk::postCode, List.of(
                dataset(Messages.text("mis.pend.slow.average"), slowest, s -> (int) Math.round(s.averageDays()), "#7a4b00")), true);
    }

    private static <T> jakarta.json.JsonObject dataset(String label, List<T> rows, ToIntFunction<T> value, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsInt(r)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour).build();
    }

    /** A Chart.js configuration for p:chart: labels, datasets; horizontal bars when {@code sideways}. */
    private static <T> String chart(String type, List<T> rows, Function<T, String> label, List<jakarta.json.JsonObject> datasets,
                                    boolean sideways) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(label.apply(r)));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        datasets.forEach(sets::add);
        var options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (sideways) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }

    public Dashboard getDashboard() { return dashboard; }
    public List<UnitTotal> getUnits() { return units; }
    public List<TrendPoint> getTrend() { return trend; }
    public List<SlowDesk> getSlowest() { return slowest; }
    public PendencyCheck.Run getLastCheck() { return lastCheck; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public List<Row> getAllRows() {
        List<Row> all = new ArrayList<>(dashboard.rows());
        all.addAll(dashboard.totals());
        return all;
    }
}
