package gov.ca.calhr.um.commons.audit;

import java.util.List;

/**
 * Who made a change and through what: the caller of a request (subject, realm roles, department
 * claim) or the producer of an event, and the request line or event that carried it.
 *
 * @param via       e.g. {@code POST /api/plans/…/submission} or {@code event PlanStatusChanged 5f1c…}
 * @param requestId the request's {@code X-Request-Id}, or the event id
 */
public record AuditSource(String actorSubject, List<String> actorRoles, String actorDepartment, String via,
                          String requestId) {

    public static final AuditSource SYSTEM = new AuditSource("system", List.of(), null, "system", null);
}
