package gov.ca.calhr.um.participants.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.json.Fingerprints;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.EmployeeTimeline;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.UmAppointment;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect.Disposition;
import gov.ca.calhr.um.participants.domain.timeline.LpelEntry;
import gov.ca.calhr.um.participants.domain.timeline.Period;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.domain.timeline.TimelineAction;
import gov.ca.calhr.um.participants.domain.timeline.UmCategory;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.events.ParticipantEvents.EligibilityPeriodFact;
import gov.ca.calhr.um.participants.events.ParticipantEvents.EmployeeFactsChanged;
import gov.ca.calhr.um.participants.events.ParticipantEvents.UmAppointmentFact;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.EmployeeTimelineRepository;
import gov.ca.calhr.um.participants.repository.ParticipantRepository;
import gov.ca.calhr.um.participants.repository.PersonnelActionRepository;
import gov.ca.calhr.um.participants.repository.UmAppointmentRepository;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.UUID;

/**
 * Derives everything that follows from employees' timelines and brings the stored facts in line:
 * the registry row (today's class, status, supervisor, T&D), the discrepancies in HR's
 * fromClassCodes, the UM appointments and what they end, the welcome notices, and the
 * {@code EmployeeFactsChanged} event with the whole of the derived facts, versioned. Run for an
 * employee whenever any of their actions arrives or is cancelled, and on the day a scheduled one
 * takes effect. The state it reads is loaded for all the employees at once (a batch of thousands
 * takes a few queries, not a few per action).
 */
@ApplicationScoped
public class EmployeeTimelines {

    /** The timeline of one employee and the welcome notice standing for each of its LPEL entries. */
    public record Derived(Timeline timeline, Map<LpelEntry.Key, UUID> notices) {
    }

    /** How the trail names personnel actions (their table) and the property the timeline records on them. */
    private static final String ACTIONS_IN_TRAIL = "personnel_action";
    private static final String TIMELINE_FROM_CLASS = "timelineFromClass";

    private final PersonnelActionRepository actions;
    private final EmployeeRepository employees;
    private final EmployeeTimelineRepository books;
    private final ClassificationCopyRepository classes;
    private final UmAppointmentRepository appointmentRecords;
    private final WelcomeNoticeRepository noticeRecords;
    private final ParticipantRepository participantRecords;
    private final ApplicationRepository applicationRecords;
    private final UmAppointments umAppointments;
    private final WelcomeNotices welcomeNotices;
    private final ParticipantEvents events;
    private final Today today;
    private final ObjectMapper mapper;
    private final AuditTrail audit;

    public EmployeeTimelines(PersonnelActionRepository actions, EmployeeRepository employees,
                             EmployeeTimelineRepository books, ClassificationCopyRepository classes,
                             UmAppointmentRepository appointmentRecords, WelcomeNoticeRepository noticeRecords,
                             ParticipantRepository participantRecords, ApplicationRepository applicationRecords,
                             UmAppointments umAppointments, WelcomeNotices welcomeNotices, ParticipantEvents events,
                             Today today, ObjectMapper mapper, AuditTrail audit) {
        this.actions = actions;
        this.employees = employees;
        this.books = books;
        this.classes = classes;
        this.appointmentRecords = appointmentRecords;
        this.noticeRecords = noticeRecords;
        this.participantRecords = participantRecords;
        this.applicationRecords = applicationRecords;
        this.umAppointments = umAppointments;
        this.welcomeNotices = welcomeNotices;
        this.events = events;
        this.today = today;
        this.mapper = mapper;
        this.audit = audit;
    }

    /** The actions of a group of employees and the UM categories of the classes they name, read once. */
    private record Histories(Map<String, List<PersonnelAction>> byEmployee, Map<String, UmCategory> categories) {

        Timeline timeline(List<PersonnelAction> history, LocalDate day) {
            return Timeline.of(history.stream().map(EmployeeTimelines::toTimeline).toList(),
                    c -> categories.getOrDefault(c, UmCategory.NONE), day);
        }
    }

    private Histories load(Collection<String> employeeIds) {
        Map<String, List<PersonnelAction>> byEmployee = actions.forEmployees(employeeIds);
        List<PersonnelAction> all = byEmployee.values().stream().flatMap(List::stream).toList();
        return new Histories(byEmployee, classes.categories(classCodes(all)));
    }

    /** The classes the actions name, whose UM category their timelines need. */
    private static Set<String> classCodes(Collection<PersonnelAction> actions) {
        return actions.stream().flatMap(a -> Stream.of(a.fromClassCode, a.toClassCode)).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The timeline these actions (one employee's, already read) make as of today. */
    public Timeline timelineOf(List<PersonnelAction> history) {
        return new Histories(Map.of(), classes.categories(classCodes(history))).timeline(history, today.date());
    }

    /** The employees' timelines and standing notices as they are, changing nothing. */
    public Map<String, Derived> read(Collection<String> employeeIds) {
        Map<String, Derived> result = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return result;
        }
        Histories loaded = load(employeeIds);
        Map<String, List<WelcomeNotice>> notices = noticeRecords.standingFor(employeeIds);
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
        Map<String, EmployeeTimeline> booked = books.lockedByEmployee(ids);
        Histories loaded = load(ids);
        Map<String, Employee> rows = employees.byId(ids);
        Map<String, List<UmAppointment>> appointments = appointmentRecords.forEmployees(ids);
        Map<String, List<WelcomeNotice>> notices = noticeRecords.standingFor(ids);
        Map<String, Participant> participants = participantRecords.currentForUpdate(ids);
        Set<String> applying = applicationRecords.withOpenApplications(ids);
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
            recordDiscrepancies(byId, t, discrepancies);
            Employee row = rows.get(id);
            boolean wasSeparated = row != null && row.status == EmployeeStatus.SEPARATED;
            updateRegistry(id, row, byId, t);
            List<UmAppointment> now = umAppointments.reconcile(id, t, appointments.getOrDefault(id, List.of()),
                    participants.get(id), wasSeparated, applying.contains(id));
            Map<LpelEntry.Key, UUID> standing = welcomeNotices.reconcile(id, t, notices.getOrDefault(id, List.of()),
                    day);
            announce(id, history, t, now, booked.get(id), day);
            result.put(id, new Derived(t, standing));
        }
        actions.recordTimelineFromClass(discrepancies);
        return result;
    }

    static TimelineAction toTimeline(PersonnelAction a) {
        return new TimelineAction(a.actionId, a.actionType, a.department, a.positionNumber, a.fromClassCode,
                a.toClassCode, a.effectiveDate, a.supervisorId, a.sequence, a.cancelsActionId);
    }

    /**
     * HR's fromClassCode is checked against the timeline; where they disagree the timeline wins, and
     * it shows. The actions are read-only: what changed is collected in {@code changes} (actionId to
     * the class found, or null) and audited here.
     */
    private void recordDiscrepancies(Map<String, PersonnelAction> byId, Timeline t, Map<String, String> changes) {
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

    /**
     * The registry row shows today's period; the employee's details come from the latest action in
     * timeline order that carries them. An employee HR has not named yet has no row (their actions
     * still count).
     */
    private void updateRegistry(String employeeId, Employee row, Map<String, PersonnelAction> byId, Timeline t) {
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

    /** Announces the whole of the derived facts when they changed, with the next version. */
    private void announce(String employeeId, List<PersonnelAction> history, Timeline t, List<UmAppointment> now,
                          EmployeeTimeline book, LocalDate day) {
        Optional<Period> current = t.current();
        String department = current.map(Period::department).orElse(history.get(0).department);
        List<EligibilityPeriodFact> eligibility = t.eligibility().stream()
                .map(p -> new EligibilityPeriodFact(p.department(), p.classCode(), p.from(), p.to())).toList();
        List<UmAppointmentFact> appointments = new ArrayList<>();
        for (UmAppointment a : now) {
            appointments.add(new UmAppointmentFact(a.actionId, a.department, a.fromClassCode, a.toClassCode,
                    a.effectiveDate, a.participantId != null,
                    a.participantId == null ? null : a.participantId.toString()));
        }
        EmployeeFactsChanged facts = new EmployeeFactsChanged(employeeId, 0, department,
                current.map(Period::status).orElse(null), current.map(Period::classCode).orElse(null), eligibility,
                appointments);
        String hash = hash(facts);
        EmployeeTimeline b = book;
        if (b == null) {
            b = new EmployeeTimeline();
            b.employeeId = employeeId;
            b.factsVersion = 0;
        }
        boolean changed = !hash.equals(b.factsHash);
        if (changed) {
            b.factsVersion++;
            b.factsHash = hash;
            events.employeeFactsChanged(new EmployeeFactsChanged(employeeId, b.factsVersion, department,
                    facts.status(), facts.classCode(), eligibility, appointments));
        }
        if (changed || !day.equals(b.evaluatedOn) || !Objects.equals(b.nextEffectiveDate, t.nextEffectiveDate())
                || !department.equals(b.department)) {
            b.department = department;
            b.evaluatedOn = day;
            b.nextEffectiveDate = t.nextEffectiveDate();
            b.updatedAt = Timestamps.now();
        }
        if (book == null) {
            books.persist(b);
        }
    }

    private String hash(EmployeeFactsChanged facts) {
        return Fingerprints.of(mapper, facts);
    }
}
