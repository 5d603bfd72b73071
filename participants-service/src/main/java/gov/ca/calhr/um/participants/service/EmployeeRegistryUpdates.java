package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect.Disposition;
import gov.ca.calhr.um.participants.domain.timeline.Period;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.PersonnelActionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings the stored records of employees in line with their timelines: the registry row (today's
 * class, status, supervisor, T&D) and the discrepancies in HR's fromClassCodes, which are audited
 * per action and written for the whole batch at once. Part of {@link EmployeeTimelines}; runs in
 * its caller's transaction.
 */
@ApplicationScoped
public class EmployeeRegistryUpdates {

    /** How the trail names personnel actions (their table) and the property the timeline records on them. */
    private static final String ACTIONS_IN_TRAIL = "personnel_action";
    private static final String TIMELINE_FROM_CLASS = "timelineFromClass";

    private final EmployeeRepository employees;
    private final PersonnelActionRepository actions;
    private final AuditTrail audit;

    public EmployeeRegistryUpdates(EmployeeRepository employees, PersonnelActionRepository actions,
                                   AuditTrail audit) {
        this.employees = employees;
        this.actions = actions;
        this.audit = audit;
    }

    /** The employees' registry rows, by employeeId (an employee HR has not named yet has none). */
    Map<String, Employee> rows(Collection<String> employeeIds) {
        return employees.byId(employeeIds);
    }

    /**
     * HR's fromClassCode is checked against the timeline; where they disagree the timeline wins, and
     * it shows. The actions are read-only: what changed is collected in {@code changes} (actionId to
     * the class found, or null) and audited here.
     */
    void recordDiscrepancies(Map<String, PersonnelAction> byId, Timeline t, Map<String, String> changes) {
        for (ActionEffect e : t.effects()) {
            String found = e.disposition() == Disposition.APPLIED && e.fromClassDisagrees()
                    ? e.timelineFromClassCode() : null;
            PersonnelAction a = byId.get(e.actionId());
            if (!Objects.equals(a.timelineFromClass, found)) {
                changes.put(a.actionId, found);
                audit.changed(ACTIONS_IN_TRAIL, a.actionId, a.department,
                        Collections.singletonMap(TIMELINE_FROM_CLASS, a.timelineFromClass),
                        Collections.singletonMap(TIMELINE_FROM_CLASS, found));
            }
        }
    }

    /** Writes the discrepancies collected for a batch ({@link #recordDiscrepancies}) at once. */
    void saveDiscrepancies(Map<String, String> changes) {
        actions.recordTimelineFromClass(changes);
    }

    /**
     * The registry row shows today's period; the employee's details come from the latest action in
     * timeline order that carries them. An employee HR has not named yet has no row (their actions
     * still count).
     */
    void updateRegistry(String employeeId, Employee row, Map<String, PersonnelAction> byId, Timeline t) {
        Optional<Period> current = t.current().filter(p -> p.classCode() != null && p.status() != null);
        if (current.isEmpty()) {
            return; // no class of record yet (only a T&D start or a separation has arrived)
        }
        PersonnelAction details = null;
        String email = null;
        for (ActionEffect e : t.effects()) {
            PersonnelAction a = byId.get(e.actionId());
            boolean counts = e.disposition() == Disposition.APPLIED || e.disposition() == Disposition.SAME_MOVE;
            if (counts && a.hasEmployeeDetails()) {
                details = a;
                email = a.employeeEmail != null ? a.employeeEmail : email;
            }
        }
        if (row == null && details == null) {
            return;
        }
        Employee e = row == null ? new Employee() : row;
        Period p = current.get();
        List<Object> before = snapshot(e);
        e.employeeId = employeeId;
        if (details != null) {
            e.name = details.employeeName;
            e.email = email != null ? email : e.email;
            e.tenure = details.tenure;
            e.timeBase = details.timeBase;
        }
        e.department = p.department();
        e.currentClassCode = p.classCode();
        e.positionNumber = p.positionNumber();
        e.supervisorId = p.supervisorId();
        e.status = p.status();
        e.stateEffective = sinceOfClassAndStatus(t.periods());
        e.tdClassCode = p.tdClassCode();
        e.tdPositionNumber = p.tdPositionNumber();
        e.tdEffective = p.tdSince();
        if (row == null || !before.equals(snapshot(e))) {
            e.updatedAt = Timestamps.now();
        }
        if (row == null) {
            employees.persist(e);
        }
    }

    private static List<Object> snapshot(Employee e) {
        return Arrays.asList(e.name, e.email, e.tenure, e.timeBase, e.department, e.currentClassCode,
                e.positionNumber, e.supervisorId, e.status, e.stateEffective, e.tdClassCode, e.tdPositionNumber,
                e.tdEffective);
    }

    /** The first day of today's class of record and status (a T&D start or a new supervisor does not reset it). */
    private static LocalDate sinceOfClassAndStatus(List<Period> periods) {
        Period last = periods.get(periods.size() - 1);
        LocalDate since = last.from();
        for (int i = periods.size() - 2; i >= 0; i--) {
            Period p = periods.get(i);
            if (!Objects.equals(p.classCode(), last.classCode()) || p.status() != last.status()) {
                break;
            }
            since = p.from();
        }
        return since;
    }
}
