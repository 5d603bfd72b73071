package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.ParticipantFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The participants as last announced (participant_fact) and every status they went through
 * (participant_status; which years they count in: {@link gov.ca.calhr.um.reporting.domain.FigureRuns}).
 */
@ApplicationScoped
public class ParticipantFactRepository implements PanacheRepositoryBase<ParticipantFact, UUID> {

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
}
