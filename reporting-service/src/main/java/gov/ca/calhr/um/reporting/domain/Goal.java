package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** How many LPEL employees a department expects to appoint to one ELTPA class in the year, and by when. */
@Entity
@AuditedAs(entity = "goal_set", idProperty = "goalSetId")
@Table(name = "goal")
public class Goal {

    @Id
    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "goal_set_id", nullable = false)
    public UUID goalSetId;

    @Column(name = "class_code", nullable = false)
    public String classCode;

    @Column(name = "expected_appointments")
    public int expectedAppointments;

    @Column(nullable = false)
    public String timetable;
}
