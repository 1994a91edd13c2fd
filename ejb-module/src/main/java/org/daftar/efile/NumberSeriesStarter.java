package org.daftar.efile;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a number series row in a short transaction of its own, so that two transactions taking
 * the first number of a new year at once don't fail: one inserts, the other finds the row.
 */
@Stateless
public class NumberSeriesStarter {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void start(String series) {
        if (em.find(NumberSeries.class, series) == null) {
            em.persist(new NumberSeries(series));
            em.flush();
        }
    }
}
