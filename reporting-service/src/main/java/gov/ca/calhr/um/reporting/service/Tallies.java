package gov.ca.calhr.um.reporting.service;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.repository.ParticipantFactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counts reports are made of, read from the facts other services' events left here. */
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

    private final EntityManager em;
    private final ParticipantFactRepository participants;

    public Tallies(EntityManager em, ParticipantFactRepository participants) {
        this.em = em;
        this.participants = participants;
    }

    /** The department's participants of the fiscal year by their status at its end (every status listed). */
    public Map<String, Long> participantsByStatus(String department, FiscalYear year) {
        Map<String, Long> counts = new TreeMap<>();
        for (String s : List.of("ACTIVE", "SUSPENDED", "WITHDRAWN", "PROMOTED", "SEPARATED")) {
            counts.put(s, 0L);
        }
        counts.putAll(participants.inYear(department, year));
        return counts;
    }

    /** UM appointments effective between the two days, per ELTPA class. */
    public Map<String, Appointments> appointments(String department, LocalDate from, LocalDate to) {
        Map<String, long[]> counts = new TreeMap<>();
        em.createQuery("""
                        select a.toClassCode, a.participant, count(a) from UmAppointmentFact a
                        where a.department = :d and a.effectiveDate between :from and :to
                        group by a.toClassCode, a.participant""", Object[].class)
                .setParameter("d", department).setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(r -> counts.computeIfAbsent((String) r[0], k -> new long[2])
                        [Boolean.TRUE.equals(r[1]) ? 0 : 1] += (Long) r[2]);
        Map<String, Appointments> result = new LinkedHashMap<>();
        counts.forEach((code, c) -> result.put(code, new Appointments(code, c[0], c[1])));
        return result;
    }

    public Map<String, Appointments> appointments(String department, FiscalYear year) {
        return appointments(department, year.firstDay(), year.lastDay());
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
