package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.EmployeeFacts;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.domain.Tallies.AppointmentCount;
import gov.ca.calhr.um.reporting.domain.UmAppointmentCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Reporting's copies of the UM appointments in the employees' facts participants-service announces
 * (table um_appointment_fact).
 */
@ApplicationScoped
public class UmAppointmentCopyRepository implements PanacheRepositoryBase<UmAppointmentCopy, String> {

    /** The department's UM appointments of the calendar years {@code first} to {@code last}, counted by year and class. */
    public List<AppointmentCount> countsByCalendarYear(String department, int first, int last) {
        return getEntityManager().createQuery("""
                        select year(a.effectiveDate), a.toClassCode, a.participant, count(a) from UmAppointmentCopy a
                        where a.department = :d and a.effectiveDate between :from and :to
                        group by year(a.effectiveDate), a.toClassCode, a.participant""", Object[].class)
                .setParameter("d", department)
                .setParameter("from", LocalDate.of(first, 1, 1))
                .setParameter("to", LocalDate.of(last, 12, 31))
                .getResultList().stream()
                .map(r -> new AppointmentCount(((Number) r[0]).intValue(), (String) r[1], Boolean.TRUE.equals(r[2]),
                        (Long) r[3]))
                .toList();
    }

    /** The employees' UM appointments, as the figures count them. */
    @SuppressWarnings("unchecked")
    public List<FigureRuns.Appointment> ofEmployees(Collection<String> employeeIds) {
        return ((List<Object[]>) getEntityManager().createNativeQuery("""
                        select department, to_class_code, effective_date, participant from um_appointment_fact
                        where employee_id = any (cast(?1 as varchar[]))""")
                .setParameter(1, employeeIds.toArray(String[]::new)).getResultList())
                .stream()
                .map(r -> new FigureRuns.Appointment((String) r[0], (String) r[1], SqlValues.date(r[2]),
                        (Boolean) r[3]))
                .toList();
    }

    /** Removes the employees' UM appointments; answers what they were, as the figures counted them. */
    public List<FigureRuns.Appointment> removeOfEmployees(Collection<String> employeeIds) {
        return SqlValues.returning(getEntityManager(), """
                delete from um_appointment_fact where employee_id = any (?)
                returning department, to_class_code, effective_date, participant""", employeeIds,
                old -> new FigureRuns.Appointment(old.getString(1), old.getString(2), old.getDate(3).toLocalDate(),
                        old.getBoolean(4)));
    }

    /** Adds the UM appointments of the employees' facts, in one batch. */
    public void insert(Collection<EmployeeFacts> facts) {
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement appointments = c.prepareStatement("""
                    insert into um_appointment_fact (action_id, employee_id, department, from_class_code,
                        to_class_code, effective_date, participant)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (EmployeeFacts f : facts) {
                    for (EmployeeFacts.UmAppointment a : f.umAppointments()) {
                        appointments.setString(1, a.actionId());
                        appointments.setString(2, f.employeeId());
                        appointments.setString(3, a.department());
                        appointments.setString(4, a.fromClassCode());
                        appointments.setString(5, a.toClassCode());
                        appointments.setDate(6, Date.valueOf(a.effectiveDate()));
                        appointments.setBoolean(7, a.participant());
                        appointments.addBatch();
                    }
                }
                appointments.executeBatch();
            }
        });
    }
}
