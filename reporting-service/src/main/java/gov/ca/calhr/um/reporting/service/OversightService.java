package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.DepartmentProgram;
import gov.ca.calhr.um.reporting.repository.DepartmentProgramRepository;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.DepartmentReport;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.GoalLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What CalHR watches: the statewide roll-up, and each department's compliance with the program's rules. */
@ApplicationScoped
public class OversightService {

    public record DepartmentFigures(String department, long lpelEligibleEmployees, long activeParticipants,
                                    long umAppointments, long umAppointmentsOfParticipants, long goalExpected,
                                    String goalStatus, boolean belowGoal, String submissionStatus) {
    }

    public record Statewide(FiscalYear fiscalYear, List<DepartmentFigures> departments, long lpelEligibleEmployees,
                            long activeParticipants, long umAppointments, long goalExpected,
                            List<String> notSubmitted, List<String> belowGoal) {
    }

    public record Finding(String code, String message, List<String> items) {
    }

    public record Compliance(String department, LocalDate asOf, boolean compliant, List<Finding> findings) {
    }

    private final DepartmentReportService reports;
    private final DepartmentProgramRepository programs;
    private final EntityManager em;

    public OversightService(DepartmentReportService reports, DepartmentProgramRepository programs, EntityManager em) {
        this.reports = reports;
        this.programs = programs;
        this.em = em;
    }

    /** Every department the events or the program data name, with the state's totals. */
    public Statewide statewide(FiscalYear year, CurrentCaller caller) {
        if (!caller.hasRole(Roles.CALHR_ANALYST)) {
            throw Problems.forbidden("only CalHR analysts read the statewide roll-up");
        }
        @SuppressWarnings("unchecked")
        List<String> departments = em.createNativeQuery("""
                        select department from department_program union select department from goal_set
                        union select department from eligibility_change union select department from participant_fact
                        union select department from um_appointment_fact union select department from report_submission
                        order by 1""").getResultList();
        List<DepartmentFigures> rows = new ArrayList<>();
        List<String> notSubmitted = new ArrayList<>();
        List<String> belowGoal = new ArrayList<>();
        long eligible = 0;
        long active = 0;
        long appointments = 0;
        long expected = 0;
        for (String d : departments) {
            DepartmentReport r = reports.build(d, year);
            long total = r.umAppointments().get(0).total();
            long ofParticipants = r.umAppointments().get(0).byClass().stream()
                    .mapToLong(Tallies.Appointments::participants).sum();
            long goal = r.goals().lines().stream().mapToLong(GoalLine::expectedAppointments).sum();
            boolean below = r.goals().lines().stream().anyMatch(l -> l.appointments() < l.expectedAppointments());
            String submitted = r.submission().status();
            rows.add(new DepartmentFigures(d, r.lpelEligibleEmployees(),
                    r.participantsByStatus().getOrDefault("ACTIVE", 0L), total, ofParticipants, goal,
                    r.goals().status(), below, submitted));
            if (submitted == null || "RETURNED".equals(submitted)) {
                notSubmitted.add(d);
            }
            if (below) {
                belowGoal.add(d);
            }
            eligible += r.lpelEligibleEmployees();
            active += r.participantsByStatus().getOrDefault("ACTIVE", 0L);
            appointments += total;
            expected += goal;
        }
        return new Statewide(year, rows, eligible, active, appointments, expected, notSubmitted, belowGoal);
    }

    /** A department's standing against the program's rules, today. */
    public Compliance compliance(String department, CurrentCaller caller) {
        ProgramService.Access.requireReader(department, caller);
        String d = department.toUpperCase();
        LocalDate today = Timestamps.today();
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
        @SuppressWarnings("unchecked")
        List<String> withoutPlan = em.createNativeQuery("""
                        select p.participant_id::text from participant_fact p
                        where p.department = ?1 and p.status in ('ACTIVE', 'SUSPENDED')
                          and not exists (select 1 from plan_fact f where f.participant_id = p.participant_id
                                          and f.status in ('ACTIVE', 'SUSPENDED', 'COMPLETED'))
                        order by 1""").setParameter(1, d).getResultList();
        if (!withoutPlan.isEmpty()) {
            findings.add(new Finding("PARTICIPANTS_WITHOUT_ACCEPTED_CDP",
                    withoutPlan.size() + " participant(s) have no accepted career development plan", withoutPlan));
        }
        // 24 months full time, longer for less than full time up to the equivalent (24 / fraction months)
        @SuppressWarnings("unchecked")
        List<String> overLimit = em.createNativeQuery("""
                        select t.assignment_id::text from td_fact t
                        where t.department = ?1 and t.status <> 'ENDED'
                          and t.end_date >= t.start_date + (interval '1 month' * (24 / t.time_base_fraction))
                        order by 1""").setParameter(1, d).getResultList();
        if (!overLimit.isEmpty()) {
            findings.add(new Finding("TD_ASSIGNMENT_OVER_LIMIT",
                    overLimit.size() + " T&D assignment(s) run longer than 24 months full-time equivalent", overLimit));
        }
        FiscalYear current = FiscalYear.of(today);
        if (today.isAfter(reports.dueDate(current))
                && reports.build(d, current).submission().status() == null) {
            findings.add(new Finding("REPORT_OVERDUE", "the " + current + " annual report was due "
                    + reports.dueDate(current), List.of(current.toString())));
        }
        return new Compliance(d, today, findings.isEmpty(), findings);
    }

    private static void addIfBlank(List<String> missing, String name, String value) {
        if (value == null || value.isBlank()) {
            missing.add(name);
        }
    }
}
