package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.Figures;
import gov.ca.calhr.um.reporting.domain.Goal;
import gov.ca.calhr.um.reporting.domain.GoalAttainment;
import gov.ca.calhr.um.reporting.domain.GoalStatus;
import gov.ca.calhr.um.reporting.domain.Tallies;
import gov.ca.calhr.um.reporting.domain.Tallies.Appointments;
import gov.ca.calhr.um.reporting.repository.DepartmentUmClassesRepository;
import gov.ca.calhr.um.reporting.repository.EligibilityPeriodRepository;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.ParticipantCopyRepository;
import gov.ca.calhr.um.reporting.repository.UmAppointmentCopyRepository;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.CalendarYearAppointments;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.DepartmentReport;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Edition;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.GoalLine;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.GoalVersusActual;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.Goals;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.LastYear;
import gov.ca.calhr.um.reporting.service.DepartmentReportService.YearAppointments;
import gov.ca.calhr.um.reporting.service.GoalService.GoalView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Builds a department's annual UM report of a fiscal year (GC 19402, 2 CCR 599.985) with today's
 * figures (edition LIVE), from the facts other services' events left here. Not cached: readers go
 * through {@link DepartmentReportService}.
 */
@ApplicationScoped
public class DepartmentReportBuilder {

    private final EligibilityPeriodRepository eligibility;
    private final FigureDeltaRepository figures;
    private final UmAppointmentCopyRepository appointments;
    private final ParticipantCopyRepository participants;
    private final GoalService goals;
    private final DepartmentUmClassesRepository departmentUmClasses;
    private final ReportProgramSection program;
    private final ReportSubmissionStatus submissions;

    public DepartmentReportBuilder(EligibilityPeriodRepository eligibility, FigureDeltaRepository figures,
                                   UmAppointmentCopyRepository appointments, ParticipantCopyRepository participants,
                                   GoalService goals, DepartmentUmClassesRepository departmentUmClasses,
                                   ReportProgramSection program, ReportSubmissionStatus submissions) {
        this.eligibility = eligibility;
        this.figures = figures;
        this.appointments = appointments;
        this.participants = participants;
        this.goals = goals;
        this.departmentUmClasses = departmentUmClasses;
        this.program = program;
        this.submissions = submissions;
    }

    DepartmentReport build(String d, FiscalYear year) {
        FiscalYear last = new FiscalYear(year.startYear() - 1);
        FiscalYear before = new FiscalYear(year.startYear() - 2);
        Map<String, GoalView> goalsByYear = goals.find(d, List.of(year, last, before));
        Optional<GoalView> goalView = Optional.ofNullable(goalsByYear.get(year.toString()));
        Map<String, Long> targeting = goalView.isEmpty() ? Map.of() : participants.takingPartByTargetClass(d);
        Figures kept = figures.of(d);
        Map<String, Appointments> thisYear = Tallies.appointments(kept, year);

        List<GoalLine> lines = new ArrayList<>();
        goalView.ifPresent(v -> v.goals().forEach(g -> lines.add(new GoalLine(g.classCode, g.expectedAppointments,
                g.timetable, Optional.ofNullable(thisYear.get(g.classCode)).map(Appointments::total).orElse(0L),
                targeting.getOrDefault(g.classCode, 0L)))));
        Goals goalsOfYear = new Goals(goalView.map(v -> v.set().status.name()).orElse(null),
                goalView.map(v -> v.set().comments).orElse(null), lines);

        // the UM classes that stood at the year's end (classification-service keeps them), the classes the
        // year's goals name and those the year's UM appointments went to
        TreeSet<String> umClasses = new TreeSet<>(departmentUmClasses.before(d, endOf(year)));
        lines.forEach(l -> umClasses.add(l.classCode()));
        umClasses.addAll(thisYear.keySet());

        List<YearAppointments> history = new ArrayList<>();
        for (int back = 0; back <= 3; back++) {
            FiscalYear y = new FiscalYear(year.startYear() - back);
            Map<String, Appointments> byClass = back == 0 ? thisYear : Tallies.appointments(kept, y);
            history.add(new YearAppointments(y.toString(), List.copyOf(byClass.values()),
                    byClass.values().stream().mapToLong(Appointments::total).sum()));
        }

        List<CalendarYearAppointments> byCalendarYear = appointmentsByCalendarYear(d, year);

        LastYear lastYear = goalsVersusActuals(last, Optional.ofNullable(goalsByYear.get(last.toString())), kept);
        LastYear yearBefore = goalsVersusActuals(before, Optional.ofNullable(goalsByYear.get(before.toString())),
                kept);

        return new DepartmentReport(d, year, Tallies.eligible(kept, year), eligibility.lpelClassesUsed(d, year),
                List.copyOf(umClasses), Tallies.participantsByStatus(kept, year), goalsOfYear, history, byCalendarYear,
                lastYear, program.spend(d, year), program.actions(d, year),
                lastYear.missed() && yearBefore.missed(), submissions.submission(d, year), Edition.LIVE,
                program.writtenPlan(d, year));
    }

    /** The UM appointments of the calendar years the fiscal year and the three before it touch. */
    private List<CalendarYearAppointments> appointmentsByCalendarYear(String department, FiscalYear year) {
        int first = year.startYear() - 3;
        int last = year.startYear() + 1;
        List<CalendarYearAppointments> result = new ArrayList<>();
        Tallies.byCalendarYear(first, last, appointments.countsByCalendarYear(department, first, last))
                .forEach((y, byClass) -> result.add(new CalendarYearAppointments(y, List.copyOf(byClass.values()),
                        byClass.values().stream().mapToLong(Appointments::total).sum())));
        return result;
    }

    /** The first instant after the fiscal year, in California. */
    static Instant endOf(FiscalYear year) {
        return year.lastDay().plusDays(1).atStartOfDay(Timestamps.CALIFORNIA).toInstant();
    }

    /** A year's approved goals against its UM appointments; missed when any class fell short. */
    private LastYear goalsVersusActuals(FiscalYear year, Optional<GoalView> view, Figures kept) {
        Map<String, Appointments> actual = Tallies.appointments(kept, year);
        List<GoalVersusActual> lines = new ArrayList<>();
        boolean approved = view.map(v -> v.set().status == GoalStatus.APPROVED).orElse(false);
        if (approved) {
            for (Goal g : view.get().goals()) {
                long count = Optional.ofNullable(actual.get(g.classCode)).map(Appointments::total).orElse(0L);
                lines.add(new GoalVersusActual(g.classCode, g.expectedAppointments, count,
                        GoalAttainment.met(g.expectedAppointments, count)));
            }
        }
        return new LastYear(year.toString(), view.map(v -> v.set().status.name()).orElse(null), lines,
                lines.stream().anyMatch(l -> !l.met()));
    }
}
