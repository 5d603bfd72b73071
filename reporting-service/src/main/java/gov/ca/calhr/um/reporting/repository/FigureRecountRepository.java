package gov.ca.calhr.um.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** Whether the kept figures must be counted again from the copies (table figure_recount, one row). */
@ApplicationScoped
public class FigureRecountRepository {

    private final EntityManager em;

    public FigureRecountRepository(EntityManager em) {
        this.em = em;
    }

    /** Whether a recount is asked for; the request is held (locked) until the transaction ends. */
    @SuppressWarnings("unchecked")
    public boolean requested() {
        List<Object> requested = em.createNativeQuery("select requested from figure_recount where id = 1 for update")
                .getResultList();
        return !requested.isEmpty() && Boolean.TRUE.equals(requested.get(0));
    }

    /** Records that the figures were counted again now: no recount is asked for any more. */
    public void recounted() {
        em.createNativeQuery("update figure_recount set requested = false, recounted_at = now() where id = 1")
                .executeUpdate();
    }
}
