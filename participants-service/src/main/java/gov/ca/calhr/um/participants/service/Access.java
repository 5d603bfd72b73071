package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;

/**
 * Who may see an employee's records: the employee, their supervisor of record, and the UM
 * coordinator, HR and EEO officer of the employee's department. Everyone else is told "not found".
 */
final class Access {

    private Access() {
    }

    static boolean isSelf(CurrentCaller caller, String employeeId) {
        return caller.hasRole(Roles.EMPLOYEE) && caller.employeeId().map(employeeId::equals).orElse(false);
    }

    static boolean isSupervisor(CurrentCaller caller, String supervisorId) {
        return supervisorId != null && caller.hasRole(Roles.SUPERVISOR)
                && caller.employeeId().map(supervisorId::equals).orElse(false);
    }

    /** The coordinator, HR or EEO officer of {@code department}. */
    static boolean isDepartmentStaff(CurrentCaller caller, String department) {
        return caller.actsFor(Roles.UM_COORDINATOR, department)
                || caller.actsFor(Roles.HR, department)
                || caller.actsFor(Roles.EEO_OFFICER, department);
    }

    static boolean maySee(CurrentCaller caller, String department, String employeeId, String supervisorId) {
        return isSelf(caller, employeeId) || isSupervisor(caller, supervisorId) || isDepartmentStaff(caller, department);
    }
}
