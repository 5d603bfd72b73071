package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantSearch;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import gov.ca.calhr.um.participants.domain.PlanCopy;
import gov.ca.calhr.um.participants.domain.ParticipantStatusChange;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.ParticipantRepository;
import gov.ca.calhr.um.participants.repository.ParticipantStatusChangeRepository;
import gov.ca.calhr.um.participants.repository.PlanCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Participants and their status: active from selection, suspended and reinstated by the
 * coordinator, and ended by promotion to an ELTPA class, withdrawal or separation.
 */
@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final ParticipantStatusChangeRepository history;
    private final ApplicationRepository applications;
    private final EmployeeRepository employees;
    private final Notifier notifier;
    private final ParticipantEvents events;
    private final PlanCopyRepository plans;

    public ParticipantService(ParticipantRepository participants, ParticipantStatusChangeRepository history,
                              ApplicationRepository applications, EmployeeRepository employees, Notifier notifier,
                              ParticipantEvents events, PlanCopyRepository plans) {
        this.plans = plans;
        this.participants = participants;
        this.history = history;
        this.applications = applications;
        this.employees = employees;
        this.notifier = notifier;
        this.events = events;
    }

    public Optional<Participant> current(String employeeId) {
        return participants.current(employeeId);
    }

    public Optional<Participant> currentForUpdate(String employeeId) {
        return participants.currentForUpdate(employeeId);
    }

    /** Makes the applicant of a selected application a participant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Participant enrol(Application application, String by) {
        Participant p = new Participant();
        p.participantId = UUID.randomUUID();
        p.employeeId = application.employeeId;
        p.department = application.department;
        p.applicationId = application.applicationId;
        p.status = ParticipantStatus.ACTIVE;
        p.statusReason = "selected";
        p.since = Timestamps.today();
        p.updatedAt = Timestamps.now();
        participants.persist(p);
        recordChange(p, by, "application:" + application.applicationId);
        events.participantChanged(p, supervisorOf(p.employeeId), application.targetClassCode, null, false);
        return p;
    }

    /** Moves a participant to {@code to}, keeps the step in the history, announces and notifies it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeStatus(Participant p, ParticipantStatus to, String reason, LocalDate effective, String by,
                             String cause) {
        changeStatus(p, to, reason, effective, by, cause, false);
    }

    /**
     * plans-service suspended or reinstated the participation's plan on its own (the coordinator
     * did, on the plan): the participation follows, so that one suspension holds both. A change
     * plans-service made because the participation changed ({@code followsParticipation}) is not
     * followed back; a redelivered event finds the participation already where it leads.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void planChanged(UUID participantId, String previousPlanStatus, String planStatus, String reason,
                            String cause) {
        String why = reason == null || reason.isBlank() ? "" : ": " + reason;
        participants.findByIdOptional(participantId, LockModeType.PESSIMISTIC_WRITE).ifPresent(p -> {
            if ("SUSPENDED".equals(planStatus) && "ACTIVE".equals(previousPlanStatus)
                    && p.status == ParticipantStatus.ACTIVE) {
                changeStatus(p, ParticipantStatus.SUSPENDED, "plan suspended" + why, Timestamps.today(),
                        "plans-service", cause, true);
            } else if ("ACTIVE".equals(planStatus) && "SUSPENDED".equals(previousPlanStatus)
                    && p.status == ParticipantStatus.SUSPENDED) {
                changeStatus(p, ParticipantStatus.ACTIVE, "plan reinstated" + why, Timestamps.today(),
                        "plans-service", cause, true);
            }
        });
    }

    private void changeStatus(Participant p, ParticipantStatus to, String reason, LocalDate effective, String by,
                              String cause, boolean followsPlan) {
        ParticipantStatus previous = p.status;
        p.status = to;
        p.statusReason = reason;
        p.since = effective;
        p.updatedAt = Timestamps.now();
        recordChange(p, by, cause);
        Application application = applications.findById(p.applicationId);
        events.participantChanged(p, supervisorOf(p.employeeId), application.targetClassCode, previous, followsPlan);
        String message = "Your Upward Mobility participation is now " + to + ": " + reason;
        notifier.toEmployee(p.department, p.employeeId, "PARTICIPANT_" + to, p.participantId.toString(), message);
        if (to == ParticipantStatus.WITHDRAWN) {
            String others = "Employee " + p.employeeId + " withdrew from the Upward Mobility program: " + reason;
            Employee employee = employees.findById(p.employeeId);
            if (employee != null && employee.supervisorId != null) {
                notifier.toEmployee(p.department, employee.supervisorId, "PARTICIPANT_WITHDRAWN",
                        p.participantId.toString(), others);
            }
            notifier.toRole(p.department, Roles.UM_COORDINATOR, "PARTICIPANT_WITHDRAWN",
                    p.participantId.toString(), others);
        }
    }

    private String supervisorOf(String employeeId) {
        Employee employee = employees.findById(employeeId);
        return employee == null ? null : employee.supervisorId;
    }

    private void recordChange(Participant p, String by, String cause) {
        ParticipantStatusChange change = new ParticipantStatusChange();
        change.participantId = p.participantId;
        change.status = p.status;
        change.reason = p.statusReason;
        change.effectiveDate = p.since;
        change.changedBy = by;
        change.cause = cause;
        change.changedAt = Timestamps.now();
        history.persist(change);
    }

    /** A participant with the application that made them one, their history and their latest plan (or null). */
    public record ParticipantView(Participant participant, Application application,
                                  List<ParticipantStatusChange> history, PlanCopy plan) {
    }

    public ParticipantView find(UUID participantId, CurrentCaller caller) {
        return view(visible(participantId, caller));
    }

    /** A participant the caller was already allowed to read (e.g. from {@link #list}), with its history. */
    public ParticipantView view(Participant p) {
        return views(List.of(p)).get(0);
    }

    /** Participants the caller was already allowed to read, each with its application, history and plan: three queries. */
    public List<ParticipantView> views(List<Participant> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = page.stream().map(p -> p.participantId).toList();
        Map<UUID, Application> byId = applications.byId(page.stream().map(p -> p.applicationId).toList());
        Map<UUID, List<ParticipantStatusChange>> histories = history.histories(ids);
        Map<UUID, PlanCopy> latestPlans = plans.latestOfParticipants(ids);
        return page.stream().map(p -> new ParticipantView(p, byId.get(p.applicationId),
                histories.getOrDefault(p.participantId, List.of()), latestPlans.get(p.participantId))).toList();
    }

    public Page<Participant> list(String department, ParticipantSearch search, CurrentCaller caller, int page,
                                  int size) {
        if (!caller.isDepartmentStaff(department)) {
            throw new NotAllowed("only the department's UM coordinator, HR and EEO officer list its participants");
        }
        return Page.of(participants.search(department.toUpperCase(), search), page, size);
    }

    /** The employee themself or the department's coordinator; the participation must be current. */
    @Transactional
    public ParticipantView withdraw(UUID participantId, String reason, CurrentCaller caller) {
        Participant p = visibleForUpdate(participantId, caller);
        boolean allowed = caller.isEmployee(p.employeeId) || caller.actsFor(Roles.UM_COORDINATOR, p.department);
        if (!allowed) {
            throw new NotAllowed("only the participant or the department's UM coordinator records a withdrawal");
        }
        requireStatus(p, ParticipantStatus.ACTIVE, ParticipantStatus.SUSPENDED);
        changeStatus(p, ParticipantStatus.WITHDRAWN, reason, Timestamps.today(), caller.subject(),
                "request:withdrawal");
        return find(participantId, caller);
    }

    @Transactional
    public ParticipantView suspend(UUID participantId, String reason, CurrentCaller caller) {
        return coordinatorMoves(participantId, caller, ParticipantStatus.ACTIVE, ParticipantStatus.SUSPENDED, reason);
    }

    @Transactional
    public ParticipantView reinstate(UUID participantId, String reason, CurrentCaller caller) {
        return coordinatorMoves(participantId, caller, ParticipantStatus.SUSPENDED, ParticipantStatus.ACTIVE, reason);
    }

    private ParticipantView coordinatorMoves(UUID participantId, CurrentCaller caller, ParticipantStatus from,
                                             ParticipantStatus to, String reason) {
        Participant p = visibleForUpdate(participantId, caller);
        if (!caller.actsFor(Roles.UM_COORDINATOR, p.department)) {
            throw new NotAllowed("only the department's UM coordinator changes a participant's standing");
        }
        requireStatus(p, from);
        changeStatus(p, to, reason, Timestamps.today(), caller.subject(), "request:" + to.name().toLowerCase());
        return find(participantId, caller);
    }

    private static void requireStatus(Participant p, ParticipantStatus... allowed) {
        for (ParticipantStatus s : allowed) {
            if (p.status == s) {
                return;
            }
        }
        throw new ConflictWithState("participant " + p.participantId + " is " + p.status);
    }

    private Participant visible(UUID participantId, CurrentCaller caller) {
        return participants.findByIdOptional(participantId)
                .filter(p -> maySee(caller, p))
                .orElseThrow(() -> new NotFound("no participant " + participantId + " visible to you"));
    }

    private Participant visibleForUpdate(UUID participantId, CurrentCaller caller) {
        return participants.findByIdOptional(participantId, LockModeType.PESSIMISTIC_WRITE)
                .filter(p -> maySee(caller, p))
                .orElseThrow(() -> new NotFound("no participant " + participantId + " visible to you"));
    }

    private boolean maySee(CurrentCaller caller, Participant p) {
        Employee employee = employees.findById(p.employeeId);
        return caller.maySeeRecordsOf(p.department, p.employeeId, employee == null ? null : employee.supervisorId);
    }
}
