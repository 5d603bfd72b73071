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
 * Reporting's copy of a career development plan, as plans-service last announced it (PlanStatusChanged,
 * kept by {@code PlanEventsConsumer}).
 */
@Entity
@AuditExcluded("a tally kept from other services' events and rebuilt from them; the owner audits the change")
@Table(name = "plan_fact")
public class PlanCopy {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

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
