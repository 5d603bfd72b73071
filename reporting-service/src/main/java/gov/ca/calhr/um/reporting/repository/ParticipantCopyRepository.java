package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.ParticipantCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reporting's copies of the participants as last announced (participant_fact) and every status they
 * went through (participant_status; which years they count in: {@link gov.ca.calhr.um.reporting.domain.FigureRuns}).
 */
@ApplicationScoped
public class ParticipantCopyRepository implements PanacheRepositoryBase<ParticipantCopy, UUID> {

    /** Keeps a status change; answers false when this event's change was kept before. */
    public boolean recordStatus(String eventId, UUID participantId, String department, String previousStatus,
                             String status, LocalDate effectiveDate, Instant at) {
        return getEntityManager().createNativeQuery("""
                        insert into participant_status (event_id, participant_id, department, previous_status, status,
                                                        effective_date, event_time)
                        values (?1, ?2, ?3, cast(?4 as varchar), ?5, ?6, ?7) on conflict (event_id) do nothing""")
                .setParameter(1, eventId).setParameter(2, participantId).setParameter(3, department)
                .setParameter(4, previousStatus).setParameter(5, status).setParameter(6, effectiveDate)
                .setParameter(7, at).executeUpdate() > 0;
    }

    /** How many of the department's participants take part today (active or suspended), by the class they target. */
    public Map<String, Long> takingPartByTargetClass(String department) {
        Map<String, Long> result = new HashMap<>();
        getEntityManager().createQuery("""
                        select p.targetClassCode, count(p) from ParticipantCopy p
                        where p.department = :d and p.status in ('ACTIVE', 'SUSPENDED') group by p.targetClassCode""",
                        Object[].class)
                .setParameter("d", department).getResultList()
                .forEach(r -> result.put((String) r[0], (Long) r[1]));
        return result;
    }

    /** The department's participants taking part without an accepted career development plan, by id. */
    @SuppressWarnings("unchecked")
    public List<String> takingPartWithoutAcceptedPlan(String department) {
        return getEntityManager().createNativeQuery("""
                        select p.participant_id::text from participant_fact p
                        where p.department = ?1 and p.status in ('ACTIVE', 'SUSPENDED')
                          and not exists (select 1 from plan_fact f where f.participant_id = p.participant_id
                                          and f.status in ('ACTIVE', 'SUSPENDED', 'COMPLETED'))
                        order by 1""").setParameter(1, department).getResultList();
    }
}
