package org.daftar.mis.pack;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.calendar.WorkingDays;
import org.daftar.document.ReviewPackPdf;
import org.daftar.efile.Desks;
import org.daftar.org.Department;
import org.daftar.org.District;
import org.daftar.platform.BusinessException;
import org.daftar.samiksha.Meeting;
import org.daftar.samiksha.MeetingType;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weekly time-limit review pack: built by the collector/ADM for a meeting date (in the
 * background, with its progress shown) or by the system every Monday, archived as PDF and Excel,
 * never rebuilt in place; downloaded by the collector/ADM and heads of department, and shown on
 * the page of the time-limit meeting of its week.
 */
@Stateless
public class ReviewPacks {

    /** An archived pack as the lists show it. */
    public record Archived(Long id, LocalDate meetingDate, Instant builtAt, String builtBy) implements java.io.Serializable {
    }

    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    public enum Format {
        PDF("application/pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() { return contentType; }

        public String extension() { return name().toLowerCase(java.util.Locale.ROOT); }

        /** "pdf" or "xlsx" (any case); anything else is refused. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension().equalsIgnoreCase(name == null ? "" : name.trim())) {
                    return f;
                }
            }
            throw new BusinessException("tlPack.format.invalid", String.valueOf(name));
        }
    }

    private static final int MAX_PAGE = 100;
    /** The particulars of packs without their bytes. */
    private static final String ARCHIVED = "select p.id, p.meetingDate, p.builtAt, p.builtBy from ReviewPack p";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Instance<PackPart> parts;

    @Inject
    private PackJobs jobs;

    @Inject
    private PackPress press;

    @Inject
    private Desks desks;

    @Inject
    private WorkingDays workingDays;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Starts building the pack for {@code meetingDate} in the background (the collector/ADM); the page polls the progress. */
    public PackProgress start(LocalDate meetingDate) {
        User user = requireBuilder();
        PackProgress progress = new PackProgress();
        jobs.build(required(meetingDate), user.getLoginId(), progress);
        return progress;
    }

    /**
     * Builds, prints and archives a pack; returns its id. Whether {@code builtBy} may is the caller's
     * check; {@link PackPress} is the only caller, one build at a time.
     */
    public Long archive(LocalDate meetingDate, boolean mondayBuild, String builtBy, PackProgress progress) {
        PackContent content = collect(meetingDate, progress);
        progress.working("pdf");
        byte[] pdf = ReviewPackPdf.render(content);
        progress.stepDone();
        progress.working("xlsx");
        byte[] xlsx = ReviewPackXlsx.render(content);
        progress.stepDone();
        ReviewPack pack = new ReviewPack(meetingDate, mondayBuild, builtBy, clock.instant(), pdf, xlsx);
        em.persist(pack);
        em.flush();
        audit.record(builtBy, "REVIEW_PACK_BUILT", "review-pack:" + pack.getId(), "meeting date " + meetingDate, null);
        return pack.getId();
    }

    /** Every part's rows at this moment, and the departments in code order (inactive ones only if they have rows). */
    PackContent collect(LocalDate meetingDate, PackProgress progress) {
        Instant now = clock.instant();
        PackScope scope = new PackScope(meetingDate, now, now.atZone(WorkingCalendar.INDIA).toLocalDate(), workingDays.calendar());
        List<PackPart> ordered = parts.stream().sorted(Comparator.comparingInt(PackPart::order)).toList();
        progress.start(ordered.size() + 2);
        List<PackContent.Part> built = new ArrayList<>();
        for (PackPart part : ordered) {
            progress.working(part.key());
            built.add(new PackContent.Part(part.key(), part.columns(), part.rows(scope), part.listsItems()));
            progress.stepDone();
        }
        Set<String> withRows = built.stream().flatMap(p -> p.rows().stream()).map(PackRow::department).collect(Collectors.toSet());
        List<PackContent.Department> departments = em.createQuery("select d from Department d order by d.code", Department.class)
                .getResultStream().filter(d -> d.isActive() || withRows.contains(d.getCode()))
                .map(d -> new PackContent.Department(d.getCode(), d.getName().getHi(), d.getName().getEn())).toList();
        District district = em.createQuery("select d from District d order by d.id", District.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> BusinessException.notFound("tlPack.noDistrict"));
        return new PackContent(district.getName().getHi(), district.getName().getEn(), meetingDate,
                LocalDateTime.ofInstant(now, WorkingCalendar.INDIA), departments, built);
    }

    public long count() {
        requireReader();
        return em.createQuery("select count(p) from ReviewPack p", Long.class).getSingleResult();
    }

    /** The archive, newest first. */
    public List<Archived> archived(int first, int max) {
        requireReader();
        return archived(em.createQuery(ARCHIVED + " order by p.builtAt desc, p.id desc", Object[].class)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Math.min(Math.max(max, 1), MAX_PAGE)).getResultList());
    }

    /**
     * The packs of a time-limit meeting: those built for a date in its week, newest first; none
     * for another kind of meeting, or for a reader who may not download packs.
     */
    public List<Archived> ofMeeting(Long meetingId) {
        Meeting m = meetingId == null ? null : em.find(Meeting.class, meetingId);
        if (m == null || m.getType() != MeetingType.TIME_LIMIT || !mayRead(desks.caller())) {
            return List.of();
        }
        return archived(em.createQuery(ARCHIVED + " where p.weekOf = :week order by p.builtAt desc, p.id desc", Object[].class)
                .setParameter("week", ReviewPack.weekOf(m.getDate())).setMaxResults(MAX_PAGE).getResultList());
    }

    public Download download(Long id, Format format) {
        requireReader();
        List<Object[]> found = em.createQuery("select p.meetingDate, p." + format.extension() + " from ReviewPack p where p.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("tlPack.notFound");
        }
        return new Download(fileName((LocalDate) found.get(0)[0], id, format), format.contentType(), (byte[]) found.get(0)[1]);
    }

    /** The newest archived pack for {@code meetingDate}; if there is none, the collector/ADM gets one built and archived now. */
    public Download forDate(LocalDate meetingDate, Format format) {
        User user = requireReader();
        required(meetingDate);
        Long id = user.getRoles().contains(Role.COLLECTOR) ? press.newestOrBuild(meetingDate, user.getLoginId())
                : newest(em, meetingDate).orElseThrow(() -> BusinessException.notFound("tlPack.notFound"));
        return download(id, format);
    }

    /** Whether the caller may build packs (the collector/ADM), for the page to offer the button. */
    public boolean mayBuild() {
        return desks.caller().getRoles().contains(Role.COLLECTOR);
    }

    static Optional<Long> newest(EntityManager em, LocalDate meetingDate) {
        return em.createQuery("select p.id from ReviewPack p where p.meetingDate = :date order by p.builtAt desc, p.id desc",
                Long.class).setParameter("date", meetingDate).setMaxResults(1).getResultStream().findFirst();
    }

    private static List<Archived> archived(List<Object[]> rows) {
        return rows.stream().map(r -> new Archived((Long) r[0], (LocalDate) r[1], (Instant) r[2], (String) r[3])).toList();
    }

    public static String fileName(LocalDate meetingDate, Long id, Format format) {
        return "tl-pack-" + meetingDate + "-" + id + "." + format.extension();
    }

    private User requireBuilder() {
        User user = desks.caller();
        if (!user.getRoles().contains(Role.COLLECTOR)) {
            throw BusinessException.forbidden("error.notAllowed");
        }
        return user;
    }

    private User requireReader() {
        User user = desks.caller();
        if (!mayRead(user)) {
            throw BusinessException.forbidden("error.notAllowed");
        }
        return user;
    }

    private static boolean mayRead(User user) {
        return user.getRoles().contains(Role.COLLECTOR) || user.getRoles().contains(Role.HOD);
    }

    private static LocalDate required(LocalDate date) {
        if (date == null) {
            throw new BusinessException("tlPack.date.required");
        }
        return date;
    }
}
