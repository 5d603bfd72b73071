package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The bookkeeping of one employee's timeline: which version of their derived facts was last
 * announced (consumers keep the newest), for which day, and when a scheduled action takes effect.
 */
@Entity
@AuditExcluded("bookkeeping of the derivation; the actions and the facts derived from them are audited")
@Table(name = "employee_timeline")
public class EmployeeTimeline {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(nullable = false)
    public String department;

    @Column(name = "facts_version", nullable = false)
    public long factsVersion;

    @Column(name = "facts_hash", nullable = false)
    public String factsHash;

    @Column(name = "evaluated_on", nullable = false)
    public LocalDate evaluatedOn;

    @Column(name = "next_effective_date")
    public LocalDate nextEffectiveDate;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
