package org.daftar.efile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Gapless serial numbers (receipts per section and year, files per subject head and year, dispatch
 * numbers per section and year). The series row stays locked until the caller's transaction ends,
 * so concurrent diarists queue for a moment and a rolled-back transaction gives its number back.
 */
@Stateless
public class Numbering {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private NumberSeriesStarter starter;

    /** The next number of {@code series}, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int next(String series) {
        NumberSeries row = em.find(NumberSeries.class, series, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            try {
                starter.start(series);
            } catch (EJBException raceLost) {
                // another transaction created the row first: it exists either way
            }
            row = em.find(NumberSeries.class, series, LockModeType.PESSIMISTIC_WRITE);
        }
        return row.next();
    }
}
