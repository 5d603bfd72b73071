package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.ParticipantFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The participants as last announced (participant_fact) and every status they went through
 * (participant_status). The status of a participant on a day is the one most recently announced
 * among those effective by then: a later announcement (a reinstatement after a cancelled separation,
 * say) wins over an earlier one, whatever their effective dates.
 */
@ApplicationScoped
public class ParticipantFactRepository implements PanacheRepositoryBase<ParticipantFact, UUID> {

    /**
     * The participants of the year (see {@link #inYear}) and their status at its end: participant_id,
     * department, status. Parameters: ?1 the department ('' for all), ?2 and ?3 the year's first and
     * last day.
     */
    public static final String IN_YEAR_ROWS = """
            with s as (
                select participant_id, department, previous_status, status, effective_date, event_time
                from participant_status
                where effective_date <= ?3 and (cast(?1 as varchar) = '' or department = ?1)
            ), at_end as (
                select distinct on (participant_id) participant_id, department, status from s
                order by participant_id, event_time desc, effective_date desc
            ), at_start as (
                select distinct on (participant_id) participant_id, status from s where effective_date <= ?2
                order by participant_id, event_time desc, effective_date desc
            )
            select e.participant_id, e.department, e.status from at_end e
            where exists (select 1 from at_start a where a.participant_id = e.participant_id
                          and a.status in ('ACTIVE', 'SUSPENDED'))
               or exists (select 1 from s where s.participant_id = e.participant_id
                          and ((s.effective_date >= ?2 and s.status in ('ACTIVE', 'SUSPENDED'))
                               or (s.effective_date > ?2 and s.previous_status in ('ACTIVE', 'SUSPENDED'))))""";

    public void recordStatus(String eventId, UUID participantId, String department, String previousStatus,
                             String status, LocalDate effectiveDate, Instant at) {
        getEntityManager().createNativeQuery("""
                        insert into participant_status (event_id, participant_id, department, previous_status, status,
                                                        effective_date, event_time)
                        values (?1, ?2, ?3, cast(?4 as varchar), ?5, ?6, ?7) on conflict (event_id) do nothing""")
                .setParameter(1, eventId).setParameter(2, participantId).setParameter(3, department)
                .setParameter(4, previousStatus).setParameter(5, status).setParameter(6, effectiveDate)
                .setParameter(7, at).executeUpdate();
    }

    /**
     * The department's participants of the fiscal year by their status at its end: everyone who took
     * part (active or suspended) at any time in the year: in it on the year's first day, or becoming
     * so in the year, or leaving it after the year's first day. One who withdrew the year before is
     * not among them; one who joined and withdrew within the year counts as withdrawn.
     */
    public Map<String, Long> inYear(String department, FiscalYear year) {
        return inYearByDepartment(year, department).getOrDefault(department, Map.of());
    }

    /** {@link #inYear} for every department (or the one named). */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Long>> inYearByDepartment(FiscalYear year, String department) {
        var query = getEntityManager().createNativeQuery(
                        "select department, status, count(*) from (" + IN_YEAR_ROWS + ") y group by department, status")
                .setParameter(1, department == null ? "" : department)
                .setParameter(2, year.firstDay()).setParameter(3, year.lastDay());
        Map<String, Map<String, Long>> result = new HashMap<>();
        ((List<Object[]>) query.getResultList()).forEach(r -> result.computeIfAbsent((String) r[0], k -> new HashMap<>())
                .put((String) r[1], ((Number) r[2]).longValue()));
        return result;
    }
}
