package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import gov.ca.calhr.um.reporting.repository.DepartmentProgramRepository;
import gov.ca.calhr.um.reporting.repository.ParticipantCopyRepository;
import gov.ca.calhr.um.reporting.repository.TdAssignmentCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What CalHR (and the department itself) checks a department against: the program's rules, today
 * (a named coordinator, a complete written plan, accepted career development plans, T&D assignments
 * within the limit, the annual report not overdue).
 */
@ApplicationScoped
public class ComplianceService {

    public record Finding(String code, String message, List<String> items) {
    }

    public record Compliance(String department, LocalDate asOf, boolean compliant, List<Finding> findings) {
    }

    private final ReportSubmissionStatus reports;
    private final DepartmentProgramRepository programs;
    private final ParticipantCopyRepository participants;
    private final TdAssignmentCopyRepository tdAssignments;

    private final Today today;

    public ComplianceService(ReportSubmissionStatus reports, DepartmentProgramRepository programs,
                             ParticipantCopyRepository participants, TdAssignmentCopyRepository tdAssignments,
                             Today today) {
        this.reports = reports;
        this.programs = programs;
        this.participants = participants;
        this.tdAssignments = tdAssignments;
        this.today = today;
    }

    /** A department's standing against the program's rules, today. */
    public Compliance compliance(String department, CurrentCaller caller) {
        ProgramService.Access.requireReader(department, caller);
        String d = department.toUpperCase();
        LocalDate today = this.today.date();
        List<Finding> findings = new ArrayList<>();
        Optional<DepartmentProgram> program = programs.findByIdOptional(d);
        if (program.isEmpty()) {
            findings.add(new Finding("NO_COORDINATOR", "the department has named no UM coordinator", List.of()));
        }
        List<String> missingPlanParts = new ArrayList<>();
        DepartmentProgram p = program.orElse(null);
        addIfBlank(missingPlanParts, "policyStatement", p == null ? null : p.policyStatement);
        addIfBlank(missingPlanParts, "componentsOffered", p == null ? null : p.componentsOffered);
        addIfBlank(missingPlanParts, "howToAccess", p == null ? null : p.howToAccess);
        addIfBlank(missingPlanParts, "selectionCriteria", p == null ? null : p.selectionCriteria);
        addIfBlank(missingPlanParts, "rolesResponsibilities", p == null ? null : p.rolesResponsibilities);
        if (!missingPlanParts.isEmpty()) {
            findings.add(new Finding("NO_WRITTEN_PLAN", "the written UM plan lacks parts", missingPlanParts));
        }
        List<String> withoutPlan = participants.takingPartWithoutAcceptedPlan(d);
        if (!withoutPlan.isEmpty()) {
            findings.add(new Finding("PARTICIPANTS_WITHOUT_ACCEPTED_CDP",
                    withoutPlan.size() + " participant(s) have no accepted career development plan", withoutPlan));
        }
        // 24 months full time, longer for less than full time up to the equivalent (24 / fraction months)
        List<String> overLimit = tdAssignments.overLimit(d);
        if (!overLimit.isEmpty()) {
            findings.add(new Finding("TD_ASSIGNMENT_OVER_LIMIT",
                    overLimit.size() + " T&D assignment(s) run longer than 24 months full-time equivalent", overLimit));
        }
        // the latest report already due: the year under way once its due date has passed, else the one before
        FiscalYear current = FiscalYear.of(today);
        FiscalYear latestDue = reports.deadline().dueDate(current).isBefore(today) ? current
                : new FiscalYear(current.startYear() - 1);
        DepartmentReportService.Submission submission = reports.submission(d, latestDue);
        if (submission.overdue()) {
            findings.add(new Finding("REPORT_OVERDUE", "the " + latestDue + " annual report was due "
                    + submission.dueDate(), List.of(latestDue.toString())));
        }
        return new Compliance(d, today, findings.isEmpty(), findings);
    }

    private static void addIfBlank(List<String> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }
}
