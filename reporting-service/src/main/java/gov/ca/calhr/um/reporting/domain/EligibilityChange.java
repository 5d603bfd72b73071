package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** From its effective date on, the employee is (or is no longer) in an LPEL class. */
@Entity
@AuditExcluded("a tally kept from other services' events and rebuilt from them; the owner audits the change")
@Table(name = "eligibility_change")
public class EligibilityChange {

    @Id
    @Column(name = "action_id")
    public String actionId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    /** The class the action moved the employee into; null for a separation or the end of a T&D assignment. */
    @Column(name = "class_code")
    public String classCode;

    @Column(name = "lpel_eligible", nullable = false)
    public boolean lpelEligible;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
