package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.reporting.config.ReportingConfig;
import gov.ca.calhr.um.reporting.domain.ReportDeadline;
import gov.ca.calhr.um.reporting.domain.ReportSubmission;
import gov.ca.calhr.um.reporting.repository.ReportSubmissionRepository;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Submission;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a department's annual report is due ({@code um.report.due}) and where its submission of a
 * year stands today: submitted, answered by CalHR, or not yet sent (and whether that is overdue).
 */
@ApplicationScoped
public class ReportSubmissionStatus {

    private final ReportSubmissionRepository submissions;
    private final ReportDeadline deadline;
    private final Today today;

    public ReportSubmissionStatus(ReportSubmissionRepository submissions, Today today, ReportingConfig config) {
        this.submissions = submissions;
        this.today = today;
        this.deadline = ReportDeadline.parse(config.report().due());
    }

    public ReportDeadline deadline() {
        return deadline;
    }

    Submission submission(String department, FiscalYear year) {
        Optional<ReportSubmission> s = submissions.forDepartmentYear(department, year);
        LocalDate dueDate = deadline.dueDate(year);
        boolean overdue = deadline.overdue(year, s.isPresent(), today.date());
        return s.map(r -> new Submission(r.status.name(), dueDate, false, r.explanation, r.twoYearPlan,
                        r.submittedBy, r.submittedAt.toString(), r.feedback, r.feedbackBy))
                .orElse(new Submission(null, dueDate, overdue, null, null, null, null, null, null));
    }
}
