package gov.ca.calhr.um.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An employee's application to the department's UM program, with the supervisor's review. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(nullable = false)
    public String department;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    /** The supervisor of record when the employee applied. */
    @Column(name = "supervisor_id")
    public String supervisorId;

    @Column(name = "career_goal", nullable = false)
    public String careerGoal;

    @Column(name = "target_class_code", nullable = false)
    public String targetClassCode;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "supervisor_reviewed_by")
    public String supervisorReviewedBy;

    @Column(name = "supervisor_approved")
    public Boolean supervisorApproved;

    @Column(name = "supervisor_comments")
    public String supervisorComments;

    @Column(name = "supervisor_reviewed_at")
    public Instant supervisorReviewedAt;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
