package gov.ca.calhr.um.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A participant's career development plan (2 CCR 599.984(c)). */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String department;

    /** The supervisor (employee id) who drafts and approves the plan with the employee. */
    @Column(name = "supervisor_id", nullable = false)
    public String supervisorId;

    /** The coordinator who accepted the plan (its revision in force). */
    public String coordinator;

    /** When the coordinator accepted the revision in force. */
    @Column(name = "accepted_at")
    public Instant acceptedAt;

    /** The revision of the written content in force: 1 as first written, one more for each accepted amendment. */
    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "career_objectives")
    public String careerObjectives;

    @Column(name = "target_class_code")
    public String targetClassCode;

    /** The estimated timetable: when the employee expects to be promoted into the target class. */
    @Column(name = "target_date")
    public LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspension_ground")
    public SuspensionGround suspensionGround;

    /** What the coordinator found missing when returning the plan, comma-separated. */
    @Column(name = "missing_items")
    public String missingItems;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}
