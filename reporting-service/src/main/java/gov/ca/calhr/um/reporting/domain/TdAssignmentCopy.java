package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reporting's copy of a T&D assignment, as plans-service last announced it (TdAssignmentRecorded, kept by
 * {@code PlanEventsConsumer}).
 */
@Entity
@AuditExcluded("a tally kept from other services' events and rebuilt from them; the owner audits the change")
@Table(name = "td_fact")
public class TdAssignmentCopy {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(nullable = false)
    public String department;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "time_base_fraction", nullable = false)
    public BigDecimal timeBaseFraction;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
