package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One submission of a department's annual report, frozen as it was submitted: what CalHR reviews
 * and what the statewide roll-up counts. Only CalHR's answer to it (outcome, feedback) is written
 * later; a resubmission is a new version.
 */
@Entity
@AuditExcluded("the frozen copy of a submission; the submission and its review are audited on report_submission")
@Table(name = "report_snapshot")
public class ReportSnapshot {

    @Id
    @Column(name = "snapshot_id")
    public UUID snapshotId;

    @Column(nullable = false)
    public String department;

    @Column(name = "fiscal_year", nullable = false)
    public String fiscalYear;

    @Column(nullable = false)
    public int version;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** CalHR's answer: ACCEPTED or RETURNED; null while under review. */
    public String outcome;

    public String feedback;

    @Column(name = "feedback_by")
    public String feedbackBy;

    @Column(name = "feedback_at")
    public Instant feedbackAt;

    @Column(name = "lpel_eligible_employees", nullable = false)
    public long lpelEligibleEmployees;

    @Column(name = "active_participants", nullable = false)
    public long activeParticipants;

    @Column(name = "um_appointments", nullable = false)
    public long umAppointments;

    @Column(name = "um_appointments_of_participants", nullable = false)
    public long umAppointmentsOfParticipants;

    @Column(name = "goal_expected", nullable = false)
    public long goalExpected;

    @Column(name = "goal_status")
    public String goalStatus;

    @Column(name = "below_goal", nullable = false)
    public boolean belowGoal;

    /** The whole report as submitted (JSON). */
    @Column(nullable = false)
    public String report;
}
