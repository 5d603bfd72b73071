package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.EmployeeTimeline;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.UmAppointment;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.domain.timeline.LpelEntry;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.service.EmployeeHistories.Histories;
import gov.ca.calhr.um.participants.service.TimelineConsequences.Standing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Derives everything that follows from employees' timelines and brings the stored facts in line:
 * the registry row (today's class, status, supervisor, T&D), the discrepancies in HR's
 * fromClassCodes ({@link EmployeeRegistryUpdates}), the UM appointments and what they end, the
 * welcome notices ({@link TimelineConsequences}), and the {@code EmployeeFactsChanged} event with
 * the whole of the derived facts, versioned ({@link EmployeeFactsAnnouncer}). Run for an
 * employee whenever any of their actions arrives or is cancelled, and on the day a scheduled one
 * takes effect. The state it reads is loaded for all the employees at once (a batch of thousands
 * takes a few queries, not a few per action; {@link EmployeeHistories}).
 */
@ApplicationScoped
public class EmployeeTimelines {

    /** The timeline of one employee and the welcome notice standing for each of its LPEL entries. */
    public record Derived(Timeline timeline, Map<LpelEntry.Key, UUID> notices) {
    }

    private final EmployeeHistories histories;
    private final EmployeeRegistryUpdates registry;
    private final TimelineConsequences consequences;
    private final EmployeeFactsAnnouncer facts;
    private final Today today;

    public EmployeeTimelines(EmployeeHistories histories, EmployeeRegistryUpdates registry,
                             TimelineConsequences consequences, EmployeeFactsAnnouncer facts, Today today) {
        this.histories = histories;
        this.registry = registry;
        this.consequences = consequences;
        this.facts = facts;
        this.today = today;
    }

    /** The timeline these actions (one employee's, already read) make as of today. */
    public Timeline timelineOf(List<PersonnelAction> history) {
        return histories.timelineOf(history, today.date());
    }

    /** The employees' timelines and standing notices as they are, changing nothing. */
    public Map<String, Derived> read(Collection<String> employeeIds) {
        Map<String, Derived> result = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return result;
        }
        Histories loaded = histories.load(employeeIds);
        Map<String, List<WelcomeNotice>> notices = consequences.standingNotices(employeeIds);
        LocalDate day = today.date();
        loaded.byEmployee().forEach((id, history) -> {
            Map<LpelEntry.Key, UUID> standing = new HashMap<>();
            notices.getOrDefault(id, List.of()).forEach(n -> standing.put(n.entryKey(), n.noticeId));
            result.put(id, new Derived(loaded.timeline(history, day), standing));
        });
        return result;
    }

    /**
     * Recomputes the employees' timelines and everything derived from them, in the caller's
     * transaction; the caller holds each employee's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Derived> recompute(Collection<String> employeeIds) {
        LocalDate day = today.date();
        List<String> ids = employeeIds.stream().distinct().sorted().toList();
        // the bookkeeping rows first, locked: a class's change of UM category that marks them due waits for this
        // derivation (and marks them again after it), and one that committed before is read with the categories
        Map<String, EmployeeTimeline> booked = facts.lock(ids);
        Histories loaded = histories.load(ids);
        Map<String, Employee> rows = registry.rows(ids);
        Standing standing = consequences.load(ids);
        Map<String, Derived> result = new LinkedHashMap<>();
        Map<String, String> discrepancies = new HashMap<>();
        for (String id : ids) {
            List<PersonnelAction> history = loaded.byEmployee().getOrDefault(id, List.of());
            if (history.isEmpty()) {
                continue;
            }
            Timeline t = loaded.timeline(history, day);
            Map<String, PersonnelAction> byId = new HashMap<>();
            history.forEach(a -> byId.put(a.actionId, a));
            registry.recordDiscrepancies(byId, t, discrepancies);
            Employee row = rows.get(id);
            boolean wasSeparated = row != null && row.status == EmployeeStatus.SEPARATED;
            registry.updateRegistry(id, row, byId, t);
            List<UmAppointment> now = consequences.reconcileAppointments(id, t, standing, wasSeparated);
            Map<LpelEntry.Key, UUID> notices = consequences.reconcileNotices(id, t, standing, day);
            facts.announce(id, history, t, now, booked.get(id), day);
            result.put(id, new Derived(t, notices));
        }
        registry.saveDiscrepancies(discrepancies);
        return result;
    }
}
