package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import gov.ca.calhr.um.commons.persistence.HqlLiterals;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import gov.ca.calhr.um.participants.domain.ParticipantSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** The current statuses written into the queries (translated once, not on every read). */
    private static final String CURRENT = HqlLiterals.of(ParticipantStatus.CURRENT);

    /** The employee's participation that is active or suspended, if any. */
    public Optional<Participant> current(String employeeId) {
        return find("employeeId = ?1 and status in " + CURRENT, employeeId).firstResultOptional();
    }

    /** The same, locked: a status change racing it waits, then sees the outcome. */
    public Optional<Participant> currentForUpdate(String employeeId) {
        return find("employeeId = ?1 and status in " + CURRENT, employeeId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A department's participants matching {@code s}, the newest first. */
    public PanacheQuery<Participant> search(String department, ParticipantSearch s) {
        StringBuilder q = new StringBuilder("department = :d");
        Parameters params = Parameters.with("d", department);
        if (s.status() != null) {
            q.append(" and status = :status");
            params = params.and("status", s.status());
        }
        if (s.targetClassCode() != null || s.opportunityId() != null) {
            q.append(" and applicationId in (select a.applicationId from Application a where a.department = :d");
            if (s.targetClassCode() != null) {
                q.append(" and a.targetClassCode = :targetClass");
                params = params.and("targetClass", s.targetClassCode());
            }
            if (s.opportunityId() != null) {
                q.append(" and a.opportunityId = :opportunity");
                params = params.and("opportunity", s.opportunityId());
            }
            q.append(")");
        }
        if (ParticipantSearch.NO_PLAN.equals(s.planStatus())) {
            q.append(" and participantId not in (select pc.participantId from PlanCopy pc"
                    + " where pc.participantId is not null)");
        } else if (s.planStatus() != null) {
            q.append(" and participantId in (select pc.participantId from PlanCopy pc where pc.status = :plan)");
            params = params.and("plan", s.planStatus());
        }
        return find(q + " order by since desc, participantId", params);
    }

    /** The current participation of each of the employees that have one, locked. */
    public Map<String, Participant> currentForUpdate(Collection<String> employeeIds) {
        Map<String, Participant> result = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            find("employeeId in ?1 and status in " + CURRENT, employeeIds)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                    .forEach(p -> result.put(p.employeeId, p));
        }
        return result;
    }

    /** The current participation of each of the employees that have one (a read, not locked). */
    public Map<String, Participant> currentOf(Collection<String> employeeIds) {
        Map<String, Participant> result = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            find("employeeId in ?1 and status in " + CURRENT, employeeIds).list()
                    .forEach(p -> result.put(p.employeeId, p));
        }
        return result;
    }

    /** The employee's latest participation that ended, if any. */
    public Optional<Participant> latestEnded(String employeeId) {
        return find("employeeId = ?1 and status not in " + CURRENT + " order by updatedAt desc", employeeId)
                .firstResultOptional();
    }
}
