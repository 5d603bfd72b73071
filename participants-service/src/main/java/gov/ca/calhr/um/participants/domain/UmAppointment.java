package gov.ca.calhr.um.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An appointment of an LPEL employee, or of a UM participant, into an ELTPA class: what the
 * program counts (GC 19402). Moving up within a series is not one.
 */
@Entity
@Table(name = "um_appointment")
public class UmAppointment {

    @Id
    @Column(name = "action_id")
    public String actionId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    @Column(name = "from_class_code", nullable = false)
    public String fromClassCode;

    @Column(name = "to_class_code", nullable = false)
    public String toClassCode;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    /** The participation the appointment ends, when the employee was a participant. */
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
