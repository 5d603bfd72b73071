package gov.ca.calhr.um.participants.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.ClassificationView;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeState;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.UmAppointment;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.messaging.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.ClassificationViewRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.PersonnelActionRepository;
import gov.ca.calhr.um.participants.repository.UmAppointmentRepository;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Applies personnel actions from HR systems. Each action is applied once (idempotent on actionId)
 * and completely or not at all: the action, the employee, the welcome notice, a UM appointment,
 * a participant's status and their events commit in one transaction. Actions may arrive in any
 * order: the employee's state is their actions replayed in effective-date order.
 */
@ApplicationScoped
public class PersonnelActionService {

    /** What applying an action produced; {@code duplicate} when the actionId had been seen before. */
    public record Outcome(String actionId, String employeeId, String welcomeNoticeId, boolean umAppointment,
                          boolean duplicate) {
    }

    /** The actions of one batch request are flushed and detached in groups of this size. */
    private static final int FLUSH_EVERY = 100;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ClassificationViewRepository classes;
    private final EmployeeRepository employees;
    private final PersonnelActionRepository actions;
    private final WelcomeNoticeRepository notices;
    private final UmAppointmentRepository umAppointments;
    private final WelcomeNoticeFactory noticeFactory;
    private final ParticipantService participants;
    private final Notifier notifier;
    private final ParticipantEvents events;

    private final AuditTrail audit;
    private final ApplicationService applicationsOf;

    public PersonnelActionService(EntityManager em, ObjectMapper mapper, ClassificationViewRepository classes,
                                  EmployeeRepository employees, PersonnelActionRepository actions,
                                  WelcomeNoticeRepository notices, UmAppointmentRepository umAppointments,
                                  WelcomeNoticeFactory noticeFactory, ParticipantService participants,
                                  Notifier notifier, ParticipantEvents events, AuditTrail audit,
                                  ApplicationService applicationsOf) {
        this.em = em;
        this.mapper = mapper;
        this.classes = classes;
        this.employees = employees;
        this.actions = actions;
        this.notices = notices;
        this.umAppointments = umAppointments;
        this.noticeFactory = noticeFactory;
        this.participants = participants;
        this.notifier = notifier;
        this.events = events;
        this.audit = audit;
        this.applicationsOf = applicationsOf;
    }

    @Transactional
    public Outcome apply(PersonnelActionCommand command) {
        return applyOne(command, "");
    }

    /**
     * Applies every action or none: the first error rolls back the whole batch and names the
     * action by its index ({@code actions[3].toClassCode}).
     */
    @Transactional
    public List<Outcome> applyAll(List<PersonnelActionCommand> commands) {
        // every employee of the batch locked up front, in one order: overlapping batches cannot deadlock
        commands.stream().map(PersonnelActionCommand::employeeId).distinct().sorted().forEach(this::lockEmployee);
        List<Outcome> outcomes = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            outcomes.add(applyOne(commands.get(i), "actions[" + i + "]."));
            if ((i + 1) % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        return outcomes;
    }

    private Outcome applyOne(PersonnelActionCommand c, String field) {
        ClassificationView toClass = checkClasses(c, field);
        lockEmployee(c.employeeId());
        String hash = fingerprint(c);
        if (!claim(c, hash)) {
            return replay(c.actionId(), hash);
        }
        PersonnelAction action = actions.findById(c.actionId());
        audit.created(action, action.actionId);
        List<PersonnelAction> history = actions.forEmployee(c.employeeId());
        EmployeeState before = EmployeeState.replay(history.stream()
                .filter(a -> EmployeeState.EFFECTIVE_ORDER.compare(a, action) < 0).toList());
        EmployeeState after = before.then(action);
        EmployeeState latest = EmployeeState.replay(history);

        Employee employee = employees.findById(c.employeeId());
        if (employee == null && c.actionType().changesClass() && !c.hasEmployeeDetails()) {
            throw Problems.unprocessable(field + "employee",
                    "name, tenure and timeBase are required for an employee not known yet");
        }
        if (latest.hasClass() && (employee != null || c.hasEmployeeDetails())) {
            boolean latestDated = history.stream().noneMatch(a -> EmployeeState.EFFECTIVE_ORDER.compare(a, action) > 0);
            employee = updateEmployee(employee, c, latest, latestDated);
        }

        String fromClass = c.fromClassCode() != null ? c.fromClassCode() : before.classCode();
        boolean fromLpel = fromClass != null && isLpel(fromClass);
        WelcomeNotice notice = null;
        boolean umAppointment = false;
        if (c.actionType().changesClass() && toClass.isLpel() && !fromLpel) {
            notice = issueNotice(action);
        }
        Optional<Participant> participant = participants.currentForUpdate(c.employeeId());
        if (c.actionType().changesClass() && toClass.isEltpa() && fromClass != null
                && (fromLpel || participant.isPresent())) {
            recordUmAppointment(action, fromClass, participant.orElse(null));
            umAppointment = true;
        } else if (latest.status() == EmployeeStatus.SEPARATED && participant.isPresent()) {
            participants.changeStatus(participant.get(), ParticipantStatus.SEPARATED, "separated from state service",
                    latest.stateEffective(), Roles.HR_SYSTEM, "personnel-action:" + action.actionId);
        }
        if (latest.status() == EmployeeStatus.SEPARATED) {
            applicationsOf.employeeSeparated(c.employeeId(), action.actionId);
        }
        boolean lpelEligible = after.status() == EmployeeStatus.ACTIVE && after.hasClass() && isLpel(after.classCode());
        events.actionApplied(action, toClass == null ? null : toClass.umCategory, lpelEligible);
        return new Outcome(action.actionId, action.employeeId, notice == null ? null : notice.noticeId.toString(),
                umAppointment, false);
    }

    /** The class moved to (null for actions that name none), after checking both classes are known. */
    private ClassificationView checkClasses(PersonnelActionCommand c, String field) {
        if (c.actionType().namesClass() && c.toClassCode() == null) {
            throw Problems.invalidField(field + "toClassCode", "is required for " + c.actionType());
        }
        if (!c.actionType().namesClass() && c.toClassCode() != null) {
            throw Problems.invalidField(field + "toClassCode", "must be empty for " + c.actionType());
        }
        if (c.fromClassCode() != null) {
            knownClass(field + "fromClassCode", c.fromClassCode());
        }
        return c.toClassCode() == null ? null : knownClass(field + "toClassCode", c.toClassCode());
    }

    private ClassificationView knownClass(String field, String classCode) {
        return classes.findByIdOptional(classCode).orElseThrow(() ->
                Problems.unprocessable(field, "unknown class code " + classCode));
    }

    private boolean isLpel(String classCode) {
        return classes.findByIdOptional(classCode).map(ClassificationView::isLpel).orElse(false);
    }

    /** Serialises the actions of one employee (REST, batch and Kafka may deliver them at once). */
    private void lockEmployee(String employeeId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, employeeId)
                .getSingleResult();
    }

    /**
     * Inserts the action unless its id is already there. A concurrent duplicate waits on the
     * primary key until the first commits, then sees it: no unique-violation error reaches a client.
     */
    private boolean claim(PersonnelActionCommand c, String hash) {
        int inserted = em.createNativeQuery("""
                        insert into personnel_action (action_id, action_type, employee_id, department, position_number,
                            from_class_code, to_class_code, transaction_code, effective_date, supervisor_id,
                            request_hash, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                        on conflict (action_id) do nothing""")
                .setParameter(1, c.actionId()).setParameter(2, c.actionType().name())
                .setParameter(3, c.employeeId()).setParameter(4, c.department())
                .setParameter(5, c.positionNumber()).setParameter(6, c.fromClassCode())
                .setParameter(7, c.toClassCode()).setParameter(8, c.transactionCode())
                .setParameter(9, c.effectiveDate()).setParameter(10, c.supervisorId())
                .setParameter(11, hash).setParameter(12, Timestamps.now())
                .executeUpdate();
        return inserted == 1;
    }

    private Outcome replay(String actionId, String hash) {
        PersonnelAction original = actions.findById(actionId);
        if (!original.requestHash.equals(hash)) {
            throw Problems.conflict("actionId " + actionId + " was already received with different content");
        }
        String noticeId = notices.forAction(actionId).map(n -> n.noticeId.toString()).orElse(null);
        boolean umAppointment = umAppointments.findByIdOptional(actionId).isPresent();
        return new Outcome(actionId, original.employeeId, noticeId, umAppointment, true);
    }

    /**
     * The employee's details (name, tenure, time base) come from the latest-dated action that
     * carries them, or from the first one ever received; an email left out keeps the one known.
     */
    private Employee updateEmployee(Employee employee, PersonnelActionCommand c, EmployeeState state,
                                    boolean latestDated) {
        boolean isNew = employee == null;
        if (isNew) {
            employee = new Employee();
            employee.employeeId = c.employeeId();
        }
        if (c.hasEmployeeDetails() && (isNew || latestDated)) {
            employee.name = c.name();
            if (c.email() != null) {
                employee.email = c.email();
            }
            employee.tenure = c.tenure();
            employee.timeBase = c.timeBase();
        }
        employee.department = state.department();
        employee.currentClassCode = state.classCode();
        employee.positionNumber = state.positionNumber();
        employee.supervisorId = state.supervisorId();
        employee.status = state.status();
        employee.stateEffective = state.stateEffective();
        employee.tdClassCode = state.tdClassCode();
        employee.tdPositionNumber = state.tdPositionNumber();
        employee.tdEffective = state.tdEffective();
        employee.updatedAt = Timestamps.now();
        employees.persist(employee);
        return employee;
    }

    private WelcomeNotice issueNotice(PersonnelAction action) {
        WelcomeNotice notice = noticeFactory.issue(action);
        notices.persist(notice);
        events.noticeIssued(notice);
        notifier.toRole(action.department, Roles.UM_COORDINATOR, "LPEL_APPOINTEE", action.employeeId,
                "Employee " + action.employeeId + " was appointed to LPEL class " + action.toClassCode
                        + " effective " + action.effectiveDate + " and has been sent the UM welcome notice.");
        return notice;
    }

    private void recordUmAppointment(PersonnelAction action, String fromClass, Participant participant) {
        UmAppointment appointment = new UmAppointment();
        appointment.actionId = action.actionId;
        appointment.employeeId = action.employeeId;
        appointment.department = action.department;
        appointment.fromClassCode = fromClass;
        appointment.toClassCode = action.toClassCode;
        appointment.effectiveDate = action.effectiveDate;
        appointment.participantId = participant == null ? null : participant.participantId;
        appointment.recordedAt = Timestamps.now();
        umAppointments.persist(appointment);
        events.umAppointment(appointment);
        if (participant != null) {
            participants.changeStatus(participant, ParticipantStatus.PROMOTED,
                    "appointed to ELTPA class " + action.toClassCode, action.effectiveDate, Roles.HR_SYSTEM,
                    "personnel-action:" + action.actionId);
        }
    }

    private String fingerprint(PersonnelActionCommand command) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(command).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
