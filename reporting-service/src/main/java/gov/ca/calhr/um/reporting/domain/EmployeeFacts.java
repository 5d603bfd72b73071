package gov.ca.calhr.um.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An employee's facts as participants-service derives them from the employee's timeline and
 * announces them whole (EmployeeFactsChanged v1, the fields this service uses): the periods they
 * were eligible for UM and their UM appointments; the highest {@code version} wins.
 */
public record EmployeeFacts(String employeeId, long version, String department,
                            List<EligibilityPeriod> eligibility, List<UmAppointment> umAppointments) {

    /** Active in the LPEL class {@code classCode} of record from {@code from} until the day before {@code to}. */
    public record EligibilityPeriod(String department, String classCode, LocalDate from, LocalDate to) {
    }

    /** A UM appointment of the employee. */
    public record UmAppointment(String actionId, String department, String fromClassCode, String toClassCode,
                                LocalDate effectiveDate, boolean participant) {
    }

    /** What these facts count toward in the report's figures ({@link FigureRuns}). */
    public List<FigureRuns.Run> runs() {
        List<FigureRuns.Run> runs = new ArrayList<>(FigureRuns.eligibility(eligibility.stream()
                .map(p -> new FigureRuns.Period(p.department(), p.from(), p.to())).toList()));
        runs.addAll(FigureRuns.appointments(umAppointments.stream()
                .map(a -> new FigureRuns.Appointment(a.department(), a.toClassCode(), a.effectiveDate(),
                        a.participant())).toList()));
        return runs;
    }
}
