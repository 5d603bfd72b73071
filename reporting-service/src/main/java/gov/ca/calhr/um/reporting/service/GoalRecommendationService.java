package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.Figures;
import gov.ca.calhr.um.reporting.domain.Tallies;
import gov.ca.calhr.um.reporting.domain.Tallies.Appointments;
import gov.ca.calhr.um.reporting.repository.AnticipatedOpeningRepository;
import gov.ca.calhr.um.reporting.repository.DepartmentUmClassesRepository;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.PlanCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Suggests a goal per ELTPA class from three years of UM appointments, the openings the
 * department anticipates and the participants whose plans aim at the class within the year,
 * showing the working.
 */
@ApplicationScoped
public class GoalRecommendationService {

    /** Fiscal years of appointment history a recommendation averages. */
    public static final int HISTORY_YEARS = 3;

    public record YearCount(String fiscalYear, long appointments) {
    }

    public record ClassRecommendation(String classCode, List<YearCount> history, BigDecimal averagePerYear,
                                      Integer anticipatedOpenings, long participantsDueInYear, int suggestedGoal,
                                      String working) {
    }

    public record Recommendation(String department, String fiscalYear, List<ClassRecommendation> classes) {
    }

    private final FigureDeltaRepository figures;
    private final DepartmentUmClassesRepository umClasses;
    private final AnticipatedOpeningRepository anticipated;
    private final PlanCopyRepository plans;

    private final AuditTrail audit;

    public GoalRecommendationService(FigureDeltaRepository figures, DepartmentUmClassesRepository umClasses,
                                     AnticipatedOpeningRepository anticipated, PlanCopyRepository plans,
                                     AuditTrail audit) {
        this.figures = figures;
        this.umClasses = umClasses;
        this.anticipated = anticipated;
        this.plans = plans;
        this.audit = audit;
    }

    /** The coordinator enters the openings the department anticipates per class (replacing earlier figures). */
    @Transactional
    public Map<String, Integer> putOpenings(String department, FiscalYear year, Map<String, Integer> openings,
                                            CurrentCaller caller) {
        ProgramService.Access.requireCoordinator(department, caller);
        String d = department.toUpperCase();
        Map<String, Integer> before = anticipated.ofDepartmentYear(d, year);
        anticipated.replace(d, year, openings, Timestamps.now());
        audit.changed("anticipated_openings", d + "/" + year, d, before, openings);
        return anticipated.ofDepartmentYear(d, year);
    }

    public Recommendation recommend(String department, FiscalYear year, CurrentCaller caller) {
        ProgramService.Access.requireReader(department, caller);
        String d = department.toUpperCase();
        Map<String, Integer> openings = anticipated.ofDepartmentYear(d, year);
        Map<String, Long> due = plans.participantsDueByTargetClass(d, year);
        List<Map<String, Appointments>> history = new ArrayList<>();
        List<FiscalYear> years = new ArrayList<>();
        Figures kept = figures.of(d);
        for (int back = HISTORY_YEARS; back >= 1; back--) {
            FiscalYear y = new FiscalYear(year.startYear() - back);
            years.add(y);
            history.add(Tallies.appointments(kept, y));
        }
        TreeSet<String> classes = new TreeSet<>(openings.keySet());
        classes.addAll(due.keySet());
        history.forEach(h -> classes.addAll(h.keySet()));
        classes.addAll(umClasses.before(d, Instant.now()));

        List<ClassRecommendation> result = new ArrayList<>();
        for (String code : classes) {
            List<YearCount> counts = new ArrayList<>();
            long sum = 0;
            for (int i = 0; i < years.size(); i++) {
                long n = history.get(i).containsKey(code) ? history.get(i).get(code).total() : 0;
                counts.add(new YearCount(years.get(i).toString(), n));
                sum += n;
            }
            BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(HISTORY_YEARS), 2,
                    RoundingMode.HALF_UP);
            long dueCount = due.getOrDefault(code, 0L);
            Integer open = openings.get(code);
            int fromHistory = average.setScale(0, RoundingMode.HALF_UP).intValue();
            int suggested = (int) Math.max(fromHistory, dueCount);
            StringBuilder working = new StringBuilder("average of " + sum + " UM appointment(s) over "
                    + years.get(0) + " to " + years.get(years.size() - 1) + " = " + average.toPlainString()
                    + " a year, rounded to " + fromHistory + "; " + dueCount
                    + " participant(s) plan to reach the class by " + year.lastDay() + "; the larger is "
                    + suggested);
            if (open != null) {
                if (open < suggested) {
                    working.append(", limited to the ").append(open).append(" anticipated opening(s)");
                    suggested = open;
                } else {
                    working.append(" (").append(open).append(" opening(s) anticipated)");
                }
            } else {
                working.append(" (no openings entered)");
            }
            result.add(new ClassRecommendation(code, counts, average, open, dueCount, suggested, working.toString()));
        }
        return new Recommendation(d, year.toString(), result);
    }
}
