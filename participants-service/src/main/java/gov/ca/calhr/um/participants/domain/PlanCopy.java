package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An employee's career development plan as plans-service announced it (PlanStatusChanged). */
@Entity
@AuditExcluded("a copy of another service's facts, kept from its events; the owner audits the change")
@Table(name = "plan_copy")
public class PlanCopy {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    /** The participation the plan belongs to (null for copies taken before it was announced). */
    @Column(name = "participant_id")
    public UUID participantId;

    /** 1 for the plan as first written; each amendment of an accepted plan adds one. */
    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    @Column(name = "target_class_code")
    public String targetClassCode;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
