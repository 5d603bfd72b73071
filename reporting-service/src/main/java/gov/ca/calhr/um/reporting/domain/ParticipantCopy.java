package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reporting's copy of a participant, as participants-service last announced them (ParticipantStatusChanged,
 * kept by {@code ParticipantEventsConsumer}).
 */
@Entity
@AuditExcluded("a tally kept from other services' events and rebuilt from them; the owner audits the change")
@Table(name = "participant_fact")
public class ParticipantCopy {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    @Column(name = "target_class_code")
    public String targetClassCode;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public LocalDate since;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
