package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** The employee's participation that is active or suspended, if any. */
    public Optional<Participant> current(String employeeId) {
        return find("employeeId = ?1 and status in ?2", employeeId, ParticipantStatus.CURRENT).firstResultOptional();
    }

    /** The same, locked: a status change racing it waits, then sees the outcome. */
    public Optional<Participant> currentForUpdate(String employeeId) {
        return find("employeeId = ?1 and status in ?2", employeeId, ParticipantStatus.CURRENT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public PanacheQuery<Participant> inDepartment(String department, ParticipantStatus status) {
        return status == null
                ? find("department = ?1 order by since desc, participantId", department)
                : find("department = ?1 and status = ?2 order by since desc, participantId", department, status);
    }

    /** The current participation of each of the employees that have one, locked. */
    public Map<String, Participant> currentForUpdate(Collection<String> employeeIds) {
        Map<String, Participant> result = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            find("employeeId in ?1 and status in ?2", employeeIds, ParticipantStatus.CURRENT)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                    .forEach(p -> result.put(p.employeeId, p));
        }
        return result;
    }

    /** The current participation of each of the employees that have one (a read, not locked). */
    public Map<String, Participant> currentOf(Collection<String> employeeIds) {
        Map<String, Participant> result = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            find("employeeId in ?1 and status in ?2", employeeIds, ParticipantStatus.CURRENT).list()
                    .forEach(p -> result.put(p.employeeId, p));
        }
        return result;
    }

    /** The employee's latest participation that ended, if any. */
    public Optional<Participant> latestEnded(String employeeId) {
        return find("employeeId = ?1 and status not in ?2 order by updatedAt desc", employeeId,
                ParticipantStatus.CURRENT).firstResultOptional();
    }
}
