package org.daftar.samiksha;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.daftar.audit.AuditLog;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.document.Labels;
import org.daftar.document.Minutes;
import org.daftar.document.MinutesPdf;
import org.daftar.efile.Desks;
import org.daftar.efile.Details.PostName;
import org.daftar.efile.WorkItem;
import org.daftar.org.District;
import org.daftar.org.Post;
import org.daftar.platform.BusinessException;
import org.daftar.user.Role;
import org.daftar.user.User;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Review meetings as a register: the list (newest first, paged in the database), a meeting's page
 * with its instructions and what earlier meetings of its type left open, its minutes in English
 * and Hindi, and the minutes as a PDF. The collector/ADM and heads of department see every
 * meeting; others see the meetings they chaired, recorded, attended or were given instructions in.
 */
@Stateless
public class MeetingService {

    /** Open parts of earlier meetings shown for review; more than this is a matter for the console. */
    private static final int EARLIER_MAX = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SamikshaService samiksha;

    @Inject
    private Desks desks;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Holds a meeting (the collector/ADM or a head of department) with its agenda and minutes. */
    public Meeting hold(MeetingForm f, Long postId) {
        Meeting m = samiksha.holdMeeting(f.getDate(), f.getType(), f.getTitle(), f.getAttendees(), postId);
        m.record(m.getCreatedBy(), f.getAgenda(), f.getMinutes(), f.getMinutesHi());
        return m;
    }

    public long count(MeetingType type) {
        requireReviewer();
        return filtered("select count(m) from Meeting m", "", type, Long.class).getSingleResult();
    }

    public List<MeetingRow> page(MeetingType type, int first, int max) {
        requireReviewer();
        return filtered("select m from Meeting m join fetch m.chair", " order by m.date desc, m.id desc", type, Meeting.class)
                .setFirstResult(first).setMaxResults(Math.min(Math.max(max, 1), 100))
                .getResultStream().map(MeetingRow::of).toList();
    }

    /** The heads of department's posts (the highest post of each department), to choose attendees from. */
    public List<PostName> heads() {
        return em.createQuery("select p from Post p join p.reportsTo r where p.active = :yes"
                        + " and r.section.department <> p.section.department order by p.code", Post.class)
                .setParameter("yes", true).getResultStream().map(PostName::of).toList();
    }

    public MeetingView view(Long id) {
        Meeting m = meeting(id);
        User user = desks.caller();
        requireMayView(m, user);
        List<Assignment> parts = em.createQuery("select a from Assignment a where a.instruction.meeting = :m"
                + " order by a.instruction.id, a.id", Assignment.class).setParameter("m", m).getResultList();
        List<Assignment> earlier = em.createQuery("select a from Assignment a join a.instruction i join i.meeting e"
                        + " where e.type = :type and (e.date < :date or (e.date = :date and e.id < :id)) and a.status <> :accepted"
                        + " order by a.deadline, a.id", Assignment.class)
                .setParameter("type", m.getType()).setParameter("date", m.getDate()).setParameter("id", m.getId())
                .setParameter("accepted", AssignmentStatus.ACCEPTED).setMaxResults(EARLIER_MAX).getResultList();
        return new MeetingView(m.getId(), m.getDate(), m.getType(), m.getTitle(), PostName.of(m.getChair()),
                m.getAttendees().stream().map(PostName::of).toList(), m.getAgenda(), m.getMinutes(), m.getMinutesHi(),
                m.isKeptBy(user), isReviewer(user), samiksha.rows(parts), samiksha.rows(earlier));
    }

    /** The chair or whoever recorded the meeting writes its agenda and minutes. */
    public void recordMinutes(Long id, String agenda, String minutes, String minutesHi) {
        Meeting m = meeting(id);
        User user = desks.caller();
        m.record(user, agenda, minutes, minutesHi);
        em.flush();
        audit.record(user.getLoginId(), "MINUTES_RECORDED", "meeting:" + m.getId(), m.getDate() + " " + m.getTitle(), null);
    }

    /** The minutes as an A4 PDF, with the state of every instruction now. */
    public byte[] minutesPdf(Long id) {
        MeetingView v = view(id);
        Meeting m = meeting(id);
        District district = m.getChair().getDepartment().getDistrict();
        Map<Long, Minutes.Item> items = new LinkedHashMap<>();
        for (AssignmentRow r : v.instructions()) {
            items.computeIfAbsent(r.instructionId(), k -> new Minutes.Item(r.number(), r.text(), r.originalDeadline(),
                    new ArrayList<>())).assignees().add(r.assignee() + " — " + state(r));
        }
        return MinutesPdf.render(new Minutes(Labels.hi("office", district.getName().getHi()),
                Labels.en("office", district.getName().getEn()), m.getTitle(), Labels.both("meetingType." + m.getType()),
                m.getDate(), both(v.chair()), v.attendees().stream().map(MeetingService::both).toList(), m.getAgenda(),
                m.getMinutes(), m.getMinutesHi(), List.copyOf(items.values()),
                LocalDateTime.ofInstant(clock.instant(), WorkingCalendar.INDIA)));
    }

    public static String minutesFileName(Long meetingId) {
        return "minutes-" + meetingId + ".pdf";
    }

    private static String state(AssignmentRow r) {
        return switch (r.status()) {
            case ACCEPTED, SUBMITTED -> Labels.both("status." + r.status());
            default -> Labels.both("standing." + r.standing());
        };
    }

    private static String both(PostName p) {
        return p.hi() + " / " + p.en() + " (" + p.code() + ")";
    }

    private <T> TypedQuery<T> filtered(String select, String order, MeetingType type, Class<T> result) {
        TypedQuery<T> q = em.createQuery(select + (type == null ? "" : " where m.type = :type") + order, result);
        return type == null ? q : q.setParameter("type", type);
    }

    private Meeting meeting(Long id) {
        Meeting m = id == null ? null : em.find(Meeting.class, id);
        if (m == null) {
            throw BusinessException.notFound("meeting.notFound");
        }
        return m;
    }

    private void requireReviewer() {
        if (!isReviewer(desks.caller())) {
            throw BusinessException.forbidden("error.notAllowed");
        }
    }

    private static boolean isReviewer(User user) {
        return user.getRoles().contains(Role.COLLECTOR) || user.getRoles().contains(Role.HOD);
    }

    private void requireMayView(Meeting m, User user) {
        boolean allowed = isReviewer(user) || m.isKeptBy(user) || m.getAttendees().stream().anyMatch(user::holds)
                || !user.currentPosts().isEmpty() && em.createQuery("select count(a) from Assignment a where a.instruction.meeting = :m and a.assignee in :posts", Long.class)
                .setParameter("m", m).setParameter("posts", user.currentPosts()).getSingleResult() > 0;
        if (!allowed) {
            throw BusinessException.forbidden("error.notAllowed");
        }
    }
}
