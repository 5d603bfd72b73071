package gov.ca.calhr.um.commons.security;

/** Realm roles of the {@code upward-mobility} Keycloak realm. */
public final class Roles {
    public static final String EMPLOYEE = "employee";
    public static final String SUPERVISOR = "supervisor";
    public static final String UM_COORDINATOR = "um-coordinator";
    public static final String HR = "hr";
    public static final String EEO_OFFICER = "eeo-officer";
    public static final String CALHR_ANALYST = "calhr-analyst";
    public static final String HR_SYSTEM = "hr-system";

    private Roles() {
    }
}
