package org.daftar.mis.discipline;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.daftar.calendar.WorkingCalendar;
import org.daftar.persistence.InstantConverter;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** Records the days people log in: the first interactive login of a day in India writes the day's row. */
@Stateless
public class LoginDays {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Notes that {@code loginId} logged in today. Later logins of the day cost one index probe and
     * write nothing; the insert skips an existing row itself, and in its own transaction, so that the
     * unique key settling a race between two servers can never undo the login.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean loggedIn(String loginId) {
        Instant now = clock.instant();
        Date day = Date.valueOf(now.atZone(WorkingCalendar.INDIA).toLocalDate());
        return em.createNativeQuery("INSERT INTO login_day (user_id, login_date, first_at) "
                        + "SELECT u.id, CAST(? AS DATE), CAST(? AS TIMESTAMP) FROM app_user u WHERE u.login_id = ? "
                        + "AND NOT EXISTS (SELECT 1 FROM login_day l WHERE l.user_id = u.id AND l.login_date = CAST(? AS DATE))")
                .setParameter(1, day).setParameter(2, new InstantConverter().convertToDatabaseColumn(now))
                .setParameter(3, loginId == null ? "" : loginId.strip().toLowerCase(Locale.ROOT)).setParameter(4, day)
                .executeUpdate() > 0;
    }
}
