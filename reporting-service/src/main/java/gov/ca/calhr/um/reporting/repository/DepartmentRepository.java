package gov.ca.calhr.um.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The departments reporting knows of: those its program data, figures or copies name. */
@ApplicationScoped
public class DepartmentRepository {

    private final EntityManager em;

    public DepartmentRepository(EntityManager em) {
        this.em = em;
    }

    /** Every department a program, goal set, figure, participant or report submission names, in order. */
    @SuppressWarnings("unchecked")
    public List<String> all() {
        return em.createNativeQuery("""
                select department from department_program union select department from goal_set
                union select department from figure_delta union select department from participant_fact
                union select department from report_submission
                order by 1""").getResultList();
    }
}
