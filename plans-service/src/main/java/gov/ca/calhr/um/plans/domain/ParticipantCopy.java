package gov.ca.calhr.um.plans.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of a UM participant, as participants-service last announced them. */
@Entity
@AuditExcluded("a copy of another service's facts, kept from its events; the owner audits the change")
@Table(name = "participant_view")
public class ParticipantCopy {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    /** The employee id of the supervisor of record, when HR has reported one. */
    @Column(name = "supervisor_id")
    public String supervisorId;

    @Column(name = "target_class_code")
    public String targetClassCode;

    /** ACTIVE, SUSPENDED, WITHDRAWN, PROMOTED or SEPARATED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isCurrent() {
        return "ACTIVE".equals(status) || "SUSPENDED".equals(status);
    }
}
