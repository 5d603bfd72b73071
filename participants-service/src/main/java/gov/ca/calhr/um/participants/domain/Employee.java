package gov.ca.calhr.um.participants.domain;

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

    @Column(nullable = false)
    public String name;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tenure tenure;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_base", nullable = false)
    public TimeBase timeBase;

    @Column(name = "position_number")
    public String positionNumber;

    @Column(name = "current_class_code", nullable = false)
    public String currentClassCode;

    /** Effective date of the action that set the current class; later-dated actions win. */
    @Column(name = "current_class_effective", nullable = false)
    public LocalDate currentClassEffective;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
