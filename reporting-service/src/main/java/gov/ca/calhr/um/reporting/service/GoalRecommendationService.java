package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.repository.DepartmentUmClassesRepository;
import gov.ca.calhr.um.reporting.service.Tallies.Appointments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    private final Tallies tallies;
    private final DepartmentUmClassesRepository umClasses;
    private final EntityManager em;

    private final AuditTrail audit;

    public GoalRecommendationService(Tallies tallies, DepartmentUmClassesRepository umClasses, EntityManager em,
                                     AuditTrail audit) {
        this.tallies = tallies;
        this.umClasses = umClasses;
        this.em = em;
        this.audit = audit;
    }

    /** The coordinator enters the openings the department anticipates per class (replacing earlier figures). */
    @Transactional
    public Map<String, Integer> putOpenings(String department, FiscalYear year, Map<String, Integer> openings,
                                            CurrentCaller caller) {
        ProgramService.Access.requireCoordinator(department, caller);
        String d = department.toUpperCase();
        Map<String, Integer> before = openings(d, year);
        em.createNativeQuery("delete from anticipated_opening where department = ?1 and fiscal_year = ?2")
                .setParameter(1, d).setParameter(2, year.toString()).executeUpdate();
        openings.forEach((code, count) -> em.createNativeQuery("""
                        insert into anticipated_opening (department, fiscal_year, class_code, openings, updated_at)
                        values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, d).setParameter(2, year.toString()).setParameter(3, code).setParameter(4, count)
                .setParameter(5, Timestamps.now()).executeUpdate());
        audit.changed("anticipated_openings", d + "/" + year, d, before, openings);
        return openings(d, year);
    }

    public Recommendation recommend(String department, FiscalYear year, CurrentCaller caller) {
        ProgramService.Access.requireReader(department, caller);
        String d = department.toUpperCase();
        Map<String, Integer> openings = openings(d, year);
        Map<String, Long> due = participantsDue(d, year);
        List<Map<String, Appointments>> history = new ArrayList<>();
        List<FiscalYear> years = new ArrayList<>();
        var figures = tallies.of(d);
        for (int back = HISTORY_YEARS; back >= 1; back--) {
            FiscalYear y = new FiscalYear(year.startYear() - back);
            years.add(y);
            history.add(Tallies.appointments(figures, y));
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

    private Map<String, Integer> openings(String department, FiscalYear year) {
        Map<String, Integer> result = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select class_code, openings from anticipated_opening
                        where department = ?1 and fiscal_year = ?2 order by class_code""")
                .setParameter(1, department).setParameter(2, year.toString()).getResultList();
        rows.forEach(r -> result.put(r[0].toString(), ((Number) r[1]).intValue()));
        return result;
    }

    /** Participants whose plan in progress targets a class with a target date inside the year. */
    private Map<String, Long> participantsDue(String department, FiscalYear year) {
        Map<String, Long> result = new HashMap<>();
        em.createQuery("""
                        select f.targetClassCode, count(distinct f.participantId) from PlanFact f, ParticipantFact p
                        where p.participantId = f.participantId and f.department = :d
                          and p.status in ('ACTIVE', 'SUSPENDED') and f.status in ('ACTIVE', 'SUSPENDED')
                          and f.targetClassCode is not null and f.targetDate between :from and :to
                        group by f.targetClassCode""", Object[].class)
                .setParameter("d", department).setParameter("from", year.firstDay()).setParameter("to", year.lastDay())
                .getResultList().forEach(r -> result.put((String) r[0], (Long) r[1]));
        return result;
    }
}
