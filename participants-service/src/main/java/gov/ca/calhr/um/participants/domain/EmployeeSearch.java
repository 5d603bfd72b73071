package gov.ca.calhr.um.participants.domain;

/**
 * What a department's staff look for among its employees: every field optional (null: any), the
 * name matched anywhere in it, in any case; {@code eligibleOnly}: active, in an LPEL class of record.
 */
public record EmployeeSearch(boolean eligibleOnly, String name, String classCode, String supervisorId,
                             EmployeeStatus status) {
}
