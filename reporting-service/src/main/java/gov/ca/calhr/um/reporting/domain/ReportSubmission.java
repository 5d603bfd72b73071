package gov.ca.calhr.um.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A department's annual report as submitted to CalHR, and CalHR's feedback. */
@Entity
@Table(name = "report_submission")
public class ReportSubmission {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(nullable = false)
    public String department;

    @Column(name = "fiscal_year", nullable = false)
    public String fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status;

    public String explanation;

    @Column(name = "two_year_plan")
    public String twoYearPlan;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    public String feedback;

    @Column(name = "feedback_by")
    public String feedbackBy;

    @Column(name = "feedback_at")
    public Instant feedbackAt;
}
