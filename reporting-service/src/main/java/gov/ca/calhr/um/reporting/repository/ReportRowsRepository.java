package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.reporting.domain.ReportRows.EligibleEmployeeRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.ParticipantRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.Rows;
import gov.ca.calhr.um.reporting.domain.ReportRows.SpendRow;
import gov.ca.calhr.um.reporting.domain.ReportRows.UmAppointmentRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rows behind each figure of a department's annual report, read with the same conditions the
 * figures are counted with, so that a list's total is the figure.
 */
@ApplicationScoped
public class ReportRowsRepository {

    private final EntityManager em;

    public ReportRowsRepository(EntityManager em) {
        this.em = em;
    }

    public Rows<UmAppointmentRow> umAppointments(String department, FiscalYear year, int offset, Integer limit) {
        return rows("""
                        select employee_id, action_id, from_class_code, to_class_code, effective_date, participant
                        from um_appointment_fact where department = ?1 and effective_date between ?2 and ?3""",
                "effective_date, action_id", offset, limit,
                r -> new UmAppointmentRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], SqlValues.date(r[4]),
                        (Boolean) r[5]), inYear(department, year));
    }

    public Rows<EligibleEmployeeRow> eligibleEmployees(String department, FiscalYear year, int offset, Integer limit) {
        // ends is the first day no longer eligible: the last day eligible is the day before
        return rows("""
                        select employee_id, string_agg(distinct class_code, ',' order by class_code), min(starts),
                               case when bool_or(ends is null) then null else max(ends) - 1 end
                        from eligibility_period
                        where department = ?1 and starts <= ?3 and (ends is null or ends > ?2)
                          and (ends is null or ends > starts)
                        group by employee_id""",
                "employee_id", offset, limit,
                r -> new EligibleEmployeeRow((String) r[0], (String) r[1], SqlValues.date(r[2]), SqlValues.date(r[3])),
                inYear(department, year));
    }

    /** The department's participants: their employee and target class, by participant. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String[]> participants(String department) {
        Map<UUID, String[]> result = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery(
                        "select participant_id, employee_id, target_class_code from participant_fact where department = ?1")
                .setParameter(1, department).getResultList())
                .forEach(r -> result.put((UUID) r[0], new String[]{(String) r[1], (String) r[2]}));
        return result;
    }

    public Rows<SpendRow> spend(String department, FiscalYear year, int offset, Integer limit) {
        return rows("""
                        select activity_id::text as activity_id, training_category, amount from spend_fact
                        where department = ?1 and fiscal_year = ?2 and training_category is not null""",
                "training_category, activity_id", offset, limit,
                r -> new SpendRow((String) r[0], (String) r[1], (BigDecimal) r[2]), department, year.toString());
    }

    /** ?1 the department, ?2 and ?3 the year's first and last day. */
    private static Object[] inYear(String department, FiscalYear year) {
        return new Object[]{department, year.firstDay(), year.lastDay()};
    }

    @SuppressWarnings("unchecked")
    private <T> Rows<T> rows(String select, String order, int offset, Integer limit, Function<Object[], T> row,
                             Object... params) {
        var page = em.createNativeQuery("select * from (" + select + ") r order by " + order
                        + (limit == null ? "" : " limit " + limit + " offset " + offset));
        SqlValues.bind(page, params);
        List<T> items = ((List<Object[]>) page.getResultList()).stream().map(row).toList();
        if (limit == null) { // every row read: they are the total
            return new Rows<>(items, items.size());
        }
        var count = em.createNativeQuery("select count(*) from (" + select + ") r");
        SqlValues.bind(count, params);
        return new Rows<>(items, ((Number) count.getSingleResult()).longValue());
    }
}
