package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * Reporting's copy of a UM appointment (LPEL employee or participant into an ELTPA class), as
 * participants-service announced it in the employee's facts (EmployeeFactsChanged, kept by
 * {@code EmployeeEventsConsumer}).
 */
@Entity
@AuditExcluded("a tally kept from other services' events and rebuilt from them; the owner audits the change")
@Table(name = "um_appointment_fact")
public class UmAppointmentCopy {

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

    public boolean participant;
}
