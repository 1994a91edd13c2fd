package org.daftar.mis.pend;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.efile.Desks;
import org.daftar.mis.pend.PendencyKind.Source;
import org.daftar.org.BilingualName;
import org.daftar.org.Codes;
import org.daftar.org.Department;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The collector's dashboard: pendency by department (or post) × kind × age bucket, with overdue
 * counts, the list behind every number, and the charts — all summed from the pendency read model
 * ({@link PendencyLedger}), never from the movements. The kinds and what "age" and "overdue" mean
 * for each are defined in {@link PendencyKind}; the weekly TL pack's totals are meant to equal these.
 * <p>
 * Who sees what, decided here whatever the page or the API asks: the collector and ADMs the
 * district (or one department); a head of department only the departments of their own posts,
 * down to the posts; everyone else only their own desk.
 */
@Stateless
public class PendencyService {

    public enum Level { DISTRICT, DEPARTMENT, DESK }

    /** Whose numbers: the district, one department, or the caller's own posts. */
    public record Scope(Level level, Department department, List<Long> postIds) {
        String where(String alias) {
            return switch (level) {
                case DISTRICT -> "";
                case DEPARTMENT -> " AND " + alias + ".department_id = " + department.getId();
                case DESK -> " AND " + alias + ".post_id IN (" + postIds.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
            };
        }

        /** Whether a counter of this department and post is within this scope. */
        boolean holds(long departmentId, long postId) {
            return switch (level) {
                case DISTRICT -> true;
                case DEPARTMENT -> department.getId() == departmentId;
                case DESK -> postIds.contains(postId);
            };
        }

        public String departmentCode() { return department == null ? null : department.getCode(); }
    }

    /** One line of the dashboard: a department (or post) and kind; unit null for the totals of a kind. */
    public record Row(Unit unit, PendencyKind kind, List<Integer> buckets, int overdue, int total) {
    }

    /** A department, or a post with its section. */
    public record Unit(Long id, String code, BilingualName name, BilingualName section, boolean post) {
    }

    public record Dashboard(Scope scope, LocalDate today, AgeBuckets buckets, List<Row> rows, List<Row> totals, int overdue, int total) {
    }

    /** What the list behind a number shows: null means any. */
    public record Filter(String department, String post, PendencyKind kind, Integer bucket, boolean overdueOnly) {
    }

    public record PendingRow(String source, Long itemId, PendencyKind kind, String number, String subject, String postCode,
                             BilingualName post, BilingualName holder, LocalDate since, LocalDate due, int workingDays,
                             boolean overdue, String link) {
    }

    public record TrendPoint(LocalDate week, int pending, int overdue) {
    }

    /** A desk among the slowest: its files and receipts pending now and their working days there. */
    public record SlowDesk(String postCode, BilingualName post, BilingualName holder, int items, double averageDays, int oldestDays) {
    }

    public static final int TREND_WEEKS = 12;
    public static final int SLOWEST = 20;
    public static final int MAX_PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Desks desks;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private Clock clock;

    @Inject
    private PendencyCheck check;

    @Inject
    private PendencyMirror mirror;

    /**
     * The caller's view: the collector/ADM the district, or the department asked for; a head of
     * department one of their own departments (the first when none is asked); anyone else their desk.
     * Asking for a department one may not see is refused (403), an unknown one is not found (404).
     */
    public Scope scope(String departmentCode) {
        User user = desks.caller();
        Department asked = departmentCode == null || departmentCode.isBlank() ? null
                : em.createNamedQuery("Department.byCode", Department.class).setParameter("code", Codes.normalise(departmentCode))
                .getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound("mis.department.notFound", departmentCode));
        if (user.getRoles().contains(Role.COLLECTOR)) {
            return asked == null ? new Scope(Level.DISTRICT, null, List.of()) : new Scope(Level.DEPARTMENT, asked, List.of());
        }
        List<Post> posts = user.currentPosts();
        if (user.getRoles().contains(Role.HOD) && !posts.isEmpty()) {
            List<Department> own = posts.stream().map(Post::getDepartment).distinct().toList();
            Department d = asked == null ? own.get(0) : asked;
            if (!own.contains(d)) {
                throw BusinessException.forbidden("mis.department.notYours", d.getCode());
            }
            return new Scope(Level.DEPARTMENT, d, List.of());
        }
        if (asked != null) {
            throw BusinessException.forbidden("mis.department.notYours", asked.getCode());
        }
        if (posts.isEmpty()) {
            throw BusinessException.forbidden("desk.noPost");
        }
        return new Scope(Level.DESK, null, posts.stream().map(Post::getId).toList());
    }

    public Dashboard dashboard(String departmentCode) {
        Scope scope = scope(departmentCode);
        LocalDate today = today();
        AgeBuckets buckets = AgeBuckets.on(today, workingDays.calendar());
        record Line(long unit, PendencyKind kind) {
        }
        int[] cutoffs = buckets.cutoffDays();
        int todayDay = (int) today.toEpochDay();
        // per line: the age buckets, then overdue, then all
        Map<Line, int[]> lines = new HashMap<>();
        mirror.forEach((kind, department, post, since, due, items) -> {
            if (scope.holds(department, post)) {
                int[] n = lines.computeIfAbsent(new Line(scope.level() == Level.DISTRICT ? department : post, kind),
                        l -> new int[AgeBuckets.COUNT + 2]);
                n[AgeBuckets.bucketOf(cutoffs, since)] += items;
                n[AgeBuckets.COUNT] += due < todayDay ? items : 0;
                n[AgeBuckets.COUNT + 1] += items;
            }
        });
        List<Row> rows = new ArrayList<>();
        lines.forEach((line, n) -> rows.add(new Row(unit(scope, line.unit()), line.kind(),
                Arrays.stream(n, 0, AgeBuckets.COUNT).boxed().toList(), n[AgeBuckets.COUNT], n[AgeBuckets.COUNT + 1])));
        rows.sort(Comparator.comparing((Row r) -> r.unit().code()).thenComparing(Row::kind));
        Map<PendencyKind, Row> byKind = new LinkedHashMap<>();
        for (Row r : rows) {
            byKind.merge(r.kind(), new Row(null, r.kind(), r.buckets(), r.overdue(), r.total()), PendencyService::sum);
        }
        List<Row> totals = byKind.values().stream().sorted(Comparator.comparing(Row::kind)).toList();
        return new Dashboard(scope, today, buckets, rows, totals, totals.stream().mapToInt(Row::overdue).sum(),
                totals.stream().mapToInt(Row::total).sum());
    }

    /** The items behind a number of the dashboard, oldest first, one page read from the database. */
    public List<PendingRow> pending(Filter f, int first, int max) {
        Selection s = selection(f);
        Query q = em.createNativeQuery("SELECT i.source, i.item_id, i.kind, i.post_id, i.since_day, i.due_day FROM pendency_item i WHERE 1 = 1"
                + s.where() + " ORDER BY i.since_day, i.kind, i.item_id OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT "
                + Math.max(1, Math.min(max, MAX_PAGE)) + " ROWS ONLY");
        s.bind(q);
        List<Object[]> rows = q.getResultList().stream().map(o -> (Object[]) o).toList();
        return describe(rows, s.today());
    }

    public long count(Filter f) {
        Selection s = selection(f);
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM pendency_item i WHERE 1 = 1" + s.where());
        s.bind(q);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The overdue (and pending) count at the end of each of the last {@value #TREND_WEEKS} weeks, from the nightly snapshots. */
    public List<TrendPoint> trend(String departmentCode) {
        Scope scope = scope(departmentCode);
        if (scope.level() == Level.DESK) {
            return List.of();
        }
        LocalDate thisWeek = today().with(DayOfWeek.MONDAY);
        LocalDate start = thisWeek.minusWeeks(TREND_WEEKS - 1L);
        Map<LocalDate, TrendPoint> lastOfWeek = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("SELECT s.snap_day, SUM(s.pending), SUM(s.overdue) FROM pendency_snapshot s WHERE s.snap_day >= ?1"
                + scope.where("s") + " GROUP BY s.snap_day ORDER BY s.snap_day").setParameter(1, Date.valueOf(start)).getResultList()) {
            Object[] r = (Object[]) o;
            LocalDate week = ((Date) r[0]).toLocalDate().with(DayOfWeek.MONDAY);
            lastOfWeek.put(week, new TrendPoint(week, ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return List.copyOf(lastOfWeek.values());
    }

    /** The {@value #SLOWEST} desks whose files and receipts have waited longest on average, now. */
    public List<SlowDesk> slowest(String departmentCode) {
        Scope scope = scope(departmentCode);
        LocalDate today = today();
        WorkingCalendar calendar = workingDays.calendar();
        // two passes over the counters: the earliest start day, then the desks' sums, each counter
        // aged by how many days before today it started (one calendar walk for all)
        int todayDay = (int) today.toEpochDay();
        int[] earliest = {todayDay};
        mirror.forEach((kind, department, post, since, due, items) -> {
            if (isDesk(kind) && scope.holds(department, post)) {
                earliest[0] = Math.min(earliest[0], since);
            }
        });
        List<LocalDate> days = java.util.stream.IntStream.rangeClosed(earliest[0], todayDay).mapToObj(LocalDate::ofEpochDay).toList();
        Map<LocalDate, Integer> aged = calendar.workingDaysBetween(days, today);
        int[] ages = days.stream().mapToInt(aged::get).toArray();
        Map<Long, long[]> sums = new HashMap<>(); // items, item-days, oldest
        mirror.forEach((kind, department, post, since, due, items) -> {
            if (isDesk(kind) && scope.holds(department, post)) {
                // a day earlier than the first pass saw (a file that came in between) or after today is aged on its own
                int age = since >= earliest[0] && since <= todayDay ? ages[since - earliest[0]]
                        : calendar.workingDaysBetween(LocalDate.ofEpochDay(since), today);
                long[] t = sums.computeIfAbsent(post, p -> new long[3]);
                t[0] += items;
                t[1] += (long) items * age;
                t[2] = Math.max(t[2], age);
            }
        });
        sums.values().removeIf(t -> t[0] == 0);
        // names are looked up only for the slowest desks (and those tied with the last of them)
        ToDoubleFunction<long[]> average = t -> Math.round(10.0 * t[1] / t[0]) / 10.0;
        double cut = sums.values().stream().map(average::applyAsDouble).sorted(Comparator.reverseOrder())
                .skip(SLOWEST - 1L).findFirst().orElse(0.0);
        Map<Long, long[]> slow = sums.entrySet().stream().filter(e -> average.applyAsDouble(e.getValue()) >= cut)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, BilingualName> holders = holders(slow.keySet());
        return slow.entrySet().stream().map(e -> {
                    Post p = em.find(Post.class, e.getKey());
                    long[] t = e.getValue();
                    return new SlowDesk(p.getCode(), p.getDesignation(), holders.get(p.getId()), (int) t[0],
                            average.applyAsDouble(t), (int) t[2]);
                }).sorted(Comparator.comparingDouble(SlowDesk::averageDays).reversed().thenComparing(SlowDesk::postCode))
                .limit(SLOWEST).toList();
    }

    /** The last reconciliation of the read model, if any. */
    public Optional<PendencyCheck.Run> lastCheck() {
        return check.last();
    }

    /** Recounts the read model now, repairs and reports any drift (administrators). */
    @RolesAllowed(Role.ADMIN_ROLE)
    public PendencyCheck.Run recount() {
        return check.run(check.start(null, desks.caller().getLoginId()));
    }

    private static boolean isDesk(PendencyKind kind) {
        return kind == PendencyKind.FILE || kind == PendencyKind.RECEIPT;
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.INDIA).toLocalDate();
    }

    private static Row sum(Row a, Row b) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < a.buckets().size(); i++) {
            counts.add(a.buckets().get(i) + b.buckets().get(i));
        }
        return new Row(null, a.kind(), List.copyOf(counts), a.overdue() + b.overdue(), a.total() + b.total());
    }

    private Unit unit(Scope scope, Long id) {
        if (scope.level() == Level.DISTRICT) {
            Department d = em.find(Department.class, id);
            return new Unit(id, d.getCode(), d.getName(), null, false);
        }
        Post p = em.find(Post.class, id);
        return new Unit(id, p.getCode(), p.getDesignation(), p.getSection().getName(), true);
    }

    /** The where-clause of a list: the scope, the unit, kind, bucket and overdue asked for. */
    private record Selection(String where, List<Object> params, LocalDate today) {
        void bind(Query q) {
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
        }
    }

    private Selection selection(Filter f) {
        Scope scope = scope(f.department());
        LocalDate today = today();
        StringBuilder where = new StringBuilder(scope.where("i"));
        List<Object> params = new ArrayList<>();
        if (f.post() != null && !f.post().isBlank()) {
            Post p = em.createNamedQuery("Post.byCode", Post.class).setParameter("code", Codes.normalise(f.post()))
                    .getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound("mis.post.notFound", f.post()));
            boolean inScope = switch (scope.level()) {
                case DISTRICT -> true;
                case DEPARTMENT -> p.getDepartment().equals(scope.department());
                case DESK -> scope.postIds().contains(p.getId());
            };
            if (!inScope) {
                throw BusinessException.forbidden("mis.post.notYours", p.getCode());
            }
            where.append(" AND i.post_id = ").append(p.getId());
        }
        if (f.kind() != null) {
            params.add(f.kind().name());
            where.append(" AND i.kind = ?").append(params.size());
        }
        if (f.bucket() != null) {
            if (f.bucket() < 0 || f.bucket() >= AgeBuckets.COUNT) {
                throw new BusinessException("mis.bucket.invalid");
            }
            AgeBuckets buckets = AgeBuckets.on(today, workingDays.calendar());
            if (buckets.from(f.bucket()) != null) {
                params.add(Date.valueOf(buckets.from(f.bucket())));
                where.append(" AND i.since_day >= ?").append(params.size());
            }
            if (buckets.before(f.bucket()) != null) {
                params.add(Date.valueOf(buckets.before(f.bucket())));
                where.append(" AND i.since_day < ?").append(params.size());
            }
        }
        if (f.overdueOnly()) {
            params.add(Date.valueOf(today));
            where.append(" AND i.due_day < ?").append(params.size());
        }
        return new Selection(where.toString(), params, today);
    }

    // the number and subject of a page of items, read from each item's own table
    private static final Map<Source, String> DESCRIBE = Map.of(
            Source.WORK_ITEM, "SELECT x.id, x.item_number, x.subject FROM work_item x",
            Source.ASSIGNMENT, "SELECT x.id, i.instruction_number, i.body FROM assignment x JOIN instruction i ON i.id = x.instruction_id",
            Source.JANDARSHAN, "SELECT x.id, x.ack_number, x.subject FROM jandarshan_application x",
            Source.REVENUE_CASE, "SELECT x.id, x.case_number, x.applicant FROM revenue_case x",
            Source.PENSION_CASE, "SELECT x.id, u.employee_code, u.name_en FROM pension_case x JOIN app_user u ON u.id = x.user_id");

    private List<PendingRow> describe(List<Object[]> rows, LocalDate today) {
        Map<Source, List<Long>> ids = new HashMap<>();
        for (Object[] r : rows) {
            ids.computeIfAbsent(Source.valueOf(r[0].toString().trim()), s -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        Map<String, Object[]> texts = new HashMap<>();
        ids.forEach((source, list) -> {
            for (Object o : em.createNativeQuery(DESCRIBE.get(source) + " WHERE x.id IN ("
                    + list.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")").getResultList()) {
                Object[] t = (Object[]) o;
                texts.put(source + ":" + t[0], t);
            }
        });
        Map<Long, BilingualName> holders = holders(rows.stream().map(r -> ((Number) r[3]).longValue()).collect(Collectors.toSet()));
        WorkingCalendar calendar = workingDays.calendar();
        List<PendingRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            Source source = Source.valueOf(r[0].toString().trim());
            Long id = ((Number) r[1]).longValue();
            Object[] t = texts.getOrDefault(source + ":" + id, new Object[] {id, "", ""});
            Post p = em.find(Post.class, ((Number) r[3]).longValue());
            LocalDate since = ((Date) r[4]).toLocalDate();
            LocalDate due = ((Date) r[5]).toLocalDate();
            String number = String.valueOf(t[1]);
            result.add(new PendingRow(source.name(), id, PendencyKind.valueOf(r[2].toString().trim()), number,
                    t[2] == null ? "" : t[2].toString(), p.getCode(), p.getDesignation(), holders.get(p.getId()), since, due,
                    calendar.workingDaysBetween(since, today), due.isBefore(today), link(source, id, number)));
        }
        return result;
    }

    /** Where an item's own page is: a file's or receipt's track, the instruction console, the register entry. */
    private static String link(Source source, Long id, String number) {
        return switch (source) {
            case WORK_ITEM -> "/desk/track.xhtml?id=" + id;
            case ASSIGNMENT -> "/samiksha/console.xhtml";
            case JANDARSHAN -> "/jandarshan/application.xhtml?ack=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
            case REVENUE_CASE -> "/cases/revenue-case.xhtml?id=" + id;
            case PENSION_CASE -> "/cases/pension.xhtml";
        };
    }

    /** Who holds each post today (the first of them, when several share it). */
    private Map<Long, BilingualName> holders(java.util.Collection<Long> postIds) {
        Map<Long, BilingualName> result = new HashMap<>();
        if (postIds.isEmpty()) {
            return result;
        }
        for (Object[] r : em.createQuery("select pa.post.id, pa.user from PostAssignment pa where pa.post.id in :ids and pa.toDate is null"
                + " order by pa.id", Object[].class).setParameter("ids", postIds).getResultList()) {
            User u = (User) r[1];
            result.putIfAbsent((Long) r[0], BilingualName.of(u.getNameEn(), u.getNameHi()));
        }
        return result;
    }
}
