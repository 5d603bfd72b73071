package gov.ca.calhr.um.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An employee formally participating in the department's UM program, from selection on. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    /** When the current status took effect. */
    @Column(nullable = false)
    public LocalDate since;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
