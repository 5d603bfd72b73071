package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A T&D assignment as plans-service announced it: what its agreement letter states, and to whom. */
@Entity
@AuditExcluded("a copy of another service's facts, kept from its events; the owner audits the change")
@Table(name = "td_agreement_copy")
public class TdAgreementCopy {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(nullable = false)
    public String department;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(name = "current_supervisor_id")
    public String currentSupervisorId;

    @Column(name = "receiving_supervisor_id")
    public String receivingSupervisorId;

    @Column(name = "receiving_position")
    public String receivingPosition;

    @Column(name = "receiving_class_code")
    public String receivingClassCode;

    @Column(name = "return_position")
    public String returnPosition;

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

    /** The agreement's parties: the employee and the two supervisors (those named). */
    public List<String> parties() {
        List<String> parties = new ArrayList<>(List.of(employeeId));
        for (String s : new String[] {currentSupervisorId, receivingSupervisorId}) {
            if (s != null && !parties.contains(s)) {
                parties.add(s);
            }
        }
        return parties;
    }
}
