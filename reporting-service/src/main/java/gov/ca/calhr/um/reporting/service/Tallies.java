package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts reports are made of: eligible employees, participants by status and UM appointments
 * by class from the figures the consumers keep (one place, {@link FigureRuns}); spend and the
 * calendar-year appointments from the facts.
 */
@ApplicationScoped
public class Tallies {

    /** UM appointments to one ELTPA class: participants and other LPEL employees. */
    public record Appointments(String classCode, long participants, long otherLpel) {
        public long total() {
            return participants + otherLpel;
        }
    }

    /** The UM and career related category of 2 CCR 599.819(c): the only training money that is UM spend. */
    public static final String UM_CATEGORY = "UPWARD_MOBILITY_AND_CAREER_RELATED";

    private static final List<String> STATUSES = List.of("ACTIVE", "SUSPENDED", "WITHDRAWN", "PROMOTED", "SEPARATED");

    private final EntityManager em;
    private final FigureDeltaRepository figures;

    public Tallies(EntityManager em, FigureDeltaRepository figures) {
        this.em = em;
        this.figures = figures;
    }

    /** The department's kept figures, read once for a report. */
    public Figures of(String department) {
        return figures.of(department);
    }

    /** LPEL employees eligible for UM at some time in the year. */
    public static long eligible(Figures f, FiscalYear year) {
        return f.value(FigureRuns.ELIGIBLE, "", year);
    }

    /** The participants of the year by their status at its end (every status listed). */
    public static Map<String, Long> participantsByStatus(Figures f, FiscalYear year) {
        return byStatus(f.lines(FigureRuns.PARTICIPANTS, year));
    }

    public static Map<String, Long> byStatus(Map<String, Long> lines) {
        Map<String, Long> counts = new TreeMap<>();
        STATUSES.forEach(s -> counts.put(s, 0L));
        counts.putAll(lines);
        return counts;
    }

    /** The year's UM appointments per ELTPA class, by class code. */
    public static Map<String, Appointments> appointments(Figures f, FiscalYear year) {
        return appointments(f.lines(FigureRuns.UM_APPOINTMENTS, year));
    }

    /** UM appointment lines ({@link FigureRuns#appointmentKey}) as counts per class, by class code. */
    public static Map<String, Appointments> appointments(Map<String, Long> lines) {
        Map<String, long[]> counts = new TreeMap<>();
        lines.forEach((line, n) -> {
            String classCode = line.substring(0, line.indexOf(':'));
            counts.computeIfAbsent(classCode, k -> new long[2])
                    [line.equals(FigureRuns.appointmentKey(classCode, true)) ? 0 : 1] += n;
        });
        Map<String, Appointments> result = new LinkedHashMap<>();
        counts.forEach((code, c) -> result.put(code, new Appointments(code, c[0], c[1])));
        return result;
    }

    /** The department's UM appointments per calendar year (the statute's progress measure), first to last. */
    public Map<Integer, Map<String, Appointments>> appointmentsByCalendarYear(String department, int first, int last) {
        Map<Integer, Map<String, long[]>> counts = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            counts.put(y, new TreeMap<>());
        }
        em.createQuery("""
                        select year(a.effectiveDate), a.toClassCode, a.participant, count(a) from UmAppointmentFact a
                        where a.department = :d and a.effectiveDate between :from and :to
                        group by year(a.effectiveDate), a.toClassCode, a.participant""", Object[].class)
                .setParameter("d", department)
                .setParameter("from", java.time.LocalDate.of(first, 1, 1))
                .setParameter("to", java.time.LocalDate.of(last, 12, 31))
                .getResultList()
                .forEach(r -> counts.get(((Number) r[0]).intValue()).computeIfAbsent((String) r[1], k -> new long[2])
                        [Boolean.TRUE.equals(r[2]) ? 0 : 1] += (Long) r[3]);
        Map<Integer, Map<String, Appointments>> result = new TreeMap<>();
        counts.forEach((year, byClass) -> {
            Map<String, Appointments> m = new LinkedHashMap<>();
            byClass.forEach((code, c) -> m.put(code, new Appointments(code, c[0], c[1])));
            result.put(year, m);
        });
        return result;
    }

    /** Spend by training category in the fiscal year (every category listed, zero when none). */
    public Map<String, BigDecimal> spend(String department, FiscalYear year) {
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        for (String c : List.of("JOB_REQUIRED", "JOB_RELATED", UM_CATEGORY)) {
            byCategory.put(c, BigDecimal.ZERO.setScale(2));
        }
        em.createQuery("""
                        select s.trainingCategory, sum(s.amount) from SpendFact s
                        where s.department = :d and s.fiscalYear = :fy and s.trainingCategory is not null
                        group by s.trainingCategory""", Object[].class)
                .setParameter("d", department).setParameter("fy", year.toString()).getResultList()
                .forEach(r -> byCategory.put((String) r[0], ((BigDecimal) r[1]).setScale(2)));
        return byCategory;
    }
}
