package gov.ca.calhr.um.commons.security;

import gov.ca.calhr.um.commons.problem.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

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

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> department() {
        return claim(DEPARTMENT_CLAIM);
    }

    public Optional<String> employeeId() {
        return claim(EMPLOYEE_ID_CLAIM);
    }

    /** True when the caller holds {@code role} and belongs to {@code department}. */
    public boolean actsFor(String role, String department) {
        return hasRole(role) && department().map(d -> d.equalsIgnoreCase(department)).orElse(false);
    }

    /** Throws 403 unless the caller's department claim names {@code department}. */
    public void requireDepartment(String department) {
        if (department().map(d -> d.equalsIgnoreCase(department)).orElse(false)) {
            return;
        }
        throw Problems.forbidden("this resource belongs to another department");
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return Optional.ofNullable(text).filter(s -> !s.isBlank());
    }
}
