package gov.ca.calhr.um.participants.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.participants.domain.ClassificationView;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.messaging.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.ClassificationViewRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.PersonnelActionRepository;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Applies personnel actions from HR systems. Each action is applied once (idempotent on actionId)
 * and completely or not at all: the action, the employee, the welcome notice and their events
 * commit in one transaction.
 */
@ApplicationScoped
public class PersonnelActionService {

    /** What applying an action produced; {@code duplicate} when the actionId had been seen before. */
    public record Outcome(String actionId, String employeeId, String welcomeNoticeId, boolean duplicate) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final ClassificationViewRepository classes;
    private final EmployeeRepository employees;
    private final PersonnelActionRepository actions;
    private final WelcomeNoticeRepository notices;
    private final WelcomeNoticeFactory noticeFactory;
    private final ParticipantEvents events;

    public PersonnelActionService(EntityManager em, ObjectMapper mapper, ClassificationViewRepository classes,
                                  EmployeeRepository employees, PersonnelActionRepository actions,
                                  WelcomeNoticeRepository notices, WelcomeNoticeFactory noticeFactory,
                                  ParticipantEvents events) {
        this.em = em;
        this.mapper = mapper;
        this.classes = classes;
        this.employees = employees;
        this.actions = actions;
        this.notices = notices;
        this.noticeFactory = noticeFactory;
        this.events = events;
    }

    @Transactional
    public Outcome apply(PersonnelActionCommand command) {
        ClassificationView toClass = knownClass("toClassCode", command.toClassCode());
        if (command.fromClassCode() != null) {
            knownClass("fromClassCode", command.fromClassCode());
        }
        String hash = fingerprint(command);
        if (!claim(command, hash)) {
            return replay(command.actionId(), hash);
        }
        PersonnelAction action = actions.findById(command.actionId());
        Employee employee = updateEmployee(command);
        WelcomeNotice notice = null;
        if (toClass.isLpel()) {
            notice = noticeFactory.issue(action);
            notices.persist(notice);
            events.noticeIssued(notice);
        }
        events.actionApplied(action, toClass.umCategory, toClass.isLpel());
        return new Outcome(action.actionId, employee.employeeId,
                notice == null ? null : notice.noticeId.toString(), false);
    }

    private ClassificationView knownClass(String field, String classCode) {
        return classes.findByIdOptional(classCode).orElseThrow(() ->
                Problems.unprocessable(field, "unknown class code " + classCode));
    }

    /**
     * Inserts the action unless its id is already there. A concurrent duplicate waits on the
     * primary key until the first commits, then sees it: no unique-violation error reaches a client.
     */
    private boolean claim(PersonnelActionCommand c, String hash) {
        int inserted = em.createNativeQuery("""
                        insert into personnel_action (action_id, employee_id, department, position_number,
                            from_class_code, to_class_code, transaction_code, effective_date, request_hash, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (action_id) do nothing""")
                .setParameter(1, c.actionId()).setParameter(2, c.employeeId()).setParameter(3, c.department())
                .setParameter(4, c.positionNumber()).setParameter(5, c.fromClassCode())
                .setParameter(6, c.toClassCode()).setParameter(7, c.transactionCode())
                .setParameter(8, c.effectiveDate()).setParameter(9, hash).setParameter(10, Instant.now())
                .executeUpdate();
        return inserted == 1;
    }

    private Outcome replay(String actionId, String hash) {
        PersonnelAction original = actions.findById(actionId);
        if (!original.requestHash.equals(hash)) {
            throw Problems.conflict("actionId " + actionId + " was already received with different content");
        }
        String noticeId = notices.forAction(actionId).map(n -> n.noticeId.toString()).orElse(null);
        return new Outcome(actionId, original.employeeId, noticeId, true);
    }

    private Employee updateEmployee(PersonnelActionCommand c) {
        Instant now = Instant.now();
        Employee employee = employees.findByIdOptional(c.employeeId()).orElse(null);
        if (employee == null) {
            employee = new Employee();
            employee.employeeId = c.employeeId();
        } else if (c.effectiveDate().isBefore(employee.currentClassEffective)) {
            // an older action arriving late: recorded, but the later-dated class stays current
            return employee;
        }
        employee.department = c.department();
        employee.name = c.name();
        employee.email = c.email();
        employee.tenure = c.tenure();
        employee.timeBase = c.timeBase();
        employee.positionNumber = c.positionNumber();
        employee.currentClassCode = c.toClassCode();
        employee.currentClassEffective = c.effectiveDate();
        employee.updatedAt = now;
        employees.persist(employee);
        return employee;
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
