package gov.ca.calhr.um.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A participant as participants-service last announced them. */
@Entity
@Table(name = "participant_fact")
public class ParticipantFact {

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
