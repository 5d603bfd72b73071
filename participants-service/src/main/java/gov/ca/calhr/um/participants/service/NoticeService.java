package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** Welcome notices as employees and the department's staff read them, and their delivery. */
@ApplicationScoped
public class NoticeService {

    private final EmployeeRepository employees;
    private final WelcomeNoticeRepository notices;
    private final ParticipantEvents events;

    public NoticeService(EmployeeRepository employees, WelcomeNoticeRepository notices, ParticipantEvents events) {
        this.employees = employees;
        this.notices = notices;
        this.events = events;
    }

    /**
     * An employee's welcome notices, for that employee and for the coordinator, HR and EEO officer
     * of the employee's department. Anyone else is told the employee is not found: a caller must
     * not learn that another department's employee exists.
     */
    public List<WelcomeNotice> forEmployee(String employeeId, CurrentCaller caller) {
        Employee employee = employees.findByIdOptional(employeeId)
                .filter(e -> caller.isEmployee(e.employeeId) || caller.isDepartmentStaff(e.department))
                .orElseThrow(() -> new NotFound("no employee " + employeeId + " visible to you"));
        return notices.forEmployee(employee.employeeId);
    }

    /** A department's notices, optionally only the delivered or the undelivered ones. */
    public Page<WelcomeNotice> inDepartment(String department, Boolean delivered, CurrentCaller caller, int page, int size) {
        EmployeeService.requireStaff(department, caller);
        return Page.of(notices.inDepartment(department.toUpperCase(), delivered), page, size);
    }

    /**
     * The mail/portal system (or the department's coordinator or HR) reports a notice delivered;
     * reporting it again changes nothing.
     */
    @Transactional
    public WelcomeNotice markDelivered(UUID noticeId, CurrentCaller caller) {
        WelcomeNotice notice = notices.findByIdOptional(noticeId, LockModeType.PESSIMISTIC_WRITE)
                .filter(n -> caller.hasRole(Roles.HR_SYSTEM)
                        || caller.actsFor(Roles.UM_COORDINATOR, n.department)
                        || caller.actsFor(Roles.HR, n.department))
                .orElseThrow(() -> new NotFound("no welcome notice " + noticeId + " visible to you"));
        recordDelivered(notice);
        return notice;
    }

    /** The notice reached the employee (mailed, or handed over); once only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDelivered(WelcomeNotice notice) {
        if (notice.deliveredAt == null) {
            // at the database's precision, so that this answer and every later one agree
            notice.deliveredAt = Timestamps.now();
            events.noticeDelivered(notice);
        }
    }

    /** The notice's letter to print, for the employee and the department's staff. */
    public WelcomeNotice visible(UUID noticeId, CurrentCaller caller) {
        return notices.findByIdOptional(noticeId)
                .filter(n -> caller.isEmployee(n.employeeId) || caller.isDepartmentStaff(n.department))
                .orElseThrow(() -> new NotFound("no welcome notice " + noticeId + " visible to you"));
    }
}
