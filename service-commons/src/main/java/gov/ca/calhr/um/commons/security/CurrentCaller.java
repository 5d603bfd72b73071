package gov.ca.calhr.um.commons.security;

import gov.ca.calhr.um.commons.error.NotAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/**
 * The authenticated caller of the current request: subject, realm roles and the claims that scope
 * data ({@code department}, and {@code employee_id} for employees).
 */
@RequestScoped
public class CurrentCaller {

    public static final String DEPARTMENT_CLAIM = "department";
    public static final String EMPLOYEE_ID_CLAIM = "employee_id";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private Scope scope;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /**
     * Everything about the caller an answer may depend on: the same scope is shown the same answer
     * (see KeptReads). Two sign-ins of one person with the same roles and claims share it.
     */
    public record Scope(String subject, String department, String employeeId, Set<String> roles) {
    }

    /** The identity attribute holding its scope, worked out once when a verified token is kept. */
    static final String SCOPE_ATTRIBUTE = Scope.class.getName();

    /** The scope kept with a verified token's identity (VerifiedTokens), else worked out once for the request. */
    public Scope scope() {
        if (scope == null) {
            scope = identity.getAttribute(SCOPE_ATTRIBUTE) instanceof Scope kept ? kept : scopeOf(identity, token);
        }
        return scope;
    }

    static Scope scopeOf(SecurityIdentity identity, JsonWebToken token) {
        return new Scope(token.getSubject(), claim(token, DEPARTMENT_CLAIM).orElse(null),
                claim(token, EMPLOYEE_ID_CLAIM).orElse(null), Set.copyOf(identity.getRoles()));
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> department() {
        return Optional.ofNullable(scope().department());
    }

    public Optional<String> employeeId() {
        return Optional.ofNullable(scope().employeeId());
    }

    /** True when the caller holds {@code role} and belongs to {@code department}. */
    public boolean actsFor(String role, String department) {
        return hasRole(role) && department().map(d -> d.equalsIgnoreCase(department)).orElse(false);
    }

    /** True when the caller is the employee {@code employeeId} (role employee and that employee_id claim). */
    public boolean isEmployee(String employeeId) {
        return employeeId != null && hasRole(Roles.EMPLOYEE) && employeeId().map(employeeId::equals).orElse(false);
    }

    /** True when the caller is the supervisor whose employee id is {@code supervisorId}. */
    public boolean isSupervisor(String supervisorId) {
        return supervisorId != null && hasRole(Roles.SUPERVISOR)
                && employeeId().map(supervisorId::equals).orElse(false);
    }

    /** True for the UM coordinator, HR and EEO officer of {@code department}. */
    public boolean isDepartmentStaff(String department) {
        return actsFor(Roles.UM_COORDINATOR, department) || actsFor(Roles.HR, department)
                || actsFor(Roles.EEO_OFFICER, department);
    }

    /**
     * Who may read an employee's records: the employee, their supervisor of record, and the UM
     * coordinator, HR and EEO officer of the employee's department.
     */
    public boolean maySeeRecordsOf(String department, String employeeId, String supervisorId) {
        return isEmployee(employeeId) || isSupervisor(supervisorId) || isDepartmentStaff(department);
    }

    /** Throws 403 unless the caller's department claim names {@code department}. */
    public void requireDepartment(String department) {
        if (department().map(d -> d.equalsIgnoreCase(department)).orElse(false)) {
            return;
        }
        throw new NotAllowed("this resource belongs to another department");
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }
}
