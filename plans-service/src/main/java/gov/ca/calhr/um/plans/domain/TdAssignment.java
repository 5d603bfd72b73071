package gov.ca.calhr.um.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A training and development assignment: an agreement between the employee, the current
 * supervisor and the receiving supervisor, in a vacant position, for at most 24 months (or the
 * full-time equivalent), with the right to return to the former position.
 */
@Entity
@Table(name = "td_assignment")
public class TdAssignment {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String department;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(name = "receiving_position", nullable = false)
    public String receivingPosition;

    @Column(name = "receiving_class_code")
    public String receivingClassCode;

    @Column(name = "current_supervisor_id", nullable = false)
    public String currentSupervisorId;

    @Column(name = "receiving_supervisor_id", nullable = false)
    public String receivingSupervisorId;

    @Column(name = "employee_agreed_on", nullable = false)
    public LocalDate employeeAgreedOn;

    @Column(name = "current_supervisor_agreed_on", nullable = false)
    public LocalDate currentSupervisorAgreedOn;

    @Column(name = "receiving_supervisor_agreed_on", nullable = false)
    public LocalDate receivingSupervisorAgreedOn;

    /** 1 for full time; e.g. 0.5 for half time. */
    @Column(name = "time_base_fraction", nullable = false)
    public BigDecimal timeBaseFraction;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** The position the employee has the right to return to. */
    @Column(name = "return_position", nullable = false)
    public String returnPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TdStatus status;

    @Column(name = "early_end_requested_by")
    public String earlyEndRequestedBy;

    @Column(name = "early_end_requested_on")
    public LocalDate earlyEndRequestedOn;

    @Column(name = "early_end_reason")
    public String earlyEndReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
