package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class NoticeService {

    private final EmployeeRepository employees;
    private final WelcomeNoticeRepository notices;

    public NoticeService(EmployeeRepository employees, WelcomeNoticeRepository notices) {
        this.employees = employees;
        this.notices = notices;
    }

    /**
     * An employee's welcome notices, for that employee and for the coordinator and HR of the
     * employee's department. Anyone else is told the employee is not found: a caller must not
     * learn that another department's employee exists.
     */
    public List<WelcomeNotice> forEmployee(String employeeId, CurrentCaller caller) {
        Employee employee = employees.findByIdOptional(employeeId)
                .filter(e -> maySee(caller, e))
                .orElseThrow(() -> Problems.notFound("no employee " + employeeId + " visible to you"));
        return notices.forEmployee(employee.employeeId);
    }

    private static boolean maySee(CurrentCaller caller, Employee employee) {
        boolean self = caller.hasRole(Roles.EMPLOYEE)
                && caller.employeeId().map(employee.employeeId::equals).orElse(false);
        return self
                || caller.actsFor(Roles.UM_COORDINATOR, employee.department)
                || caller.actsFor(Roles.HR, employee.department);
    }
}
