package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.PersonalData;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(nullable = false)
    public String department;

    @PersonalData
    @Column(nullable = false)
    public String name;

    @PersonalData
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tenure tenure;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_base", nullable = false)
    public TimeBase timeBase;

    @Column(name = "position_number")
    public String positionNumber;

    @Column(name = "current_class_code")
    public String currentClassCode;

    /** Effective date of the latest action that set the class or the status: later-dated actions win. */
    @Column(name = "state_effective")
    public LocalDate stateEffective;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmployeeStatus status;

    /** The supervisor of record (an employee id), as the latest action naming one reported. */
    @Column(name = "supervisor_id")
    public String supervisorId;

    /** A training and development assignment in progress: the class and position served in. */
    @Column(name = "td_class_code")
    public String tdClassCode;

    @Column(name = "td_position_number")
    public String tdPositionNumber;

    /** Effective date of the latest T&D start or end. */
    @Column(name = "td_effective")
    public LocalDate tdEffective;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Eligible for the program: active in state service in an LPEL class of record ({@code current},
     * the catalog's entry for {@link #currentClassCode}, or null when unknown).
     */
    public boolean eligibleIn(ClassificationCopy current) {
        return status == EmployeeStatus.ACTIVE && current != null && current.isLpel();
    }
}
