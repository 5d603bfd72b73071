package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationDecision;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import gov.ca.calhr.um.participants.repository.ApplicationDecisionRepository;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Applications as their readers see them: one with its decisions, and a department's lists (all
 * for its coordinator, HR and EEO officer; a supervisor's reports'; an employee's own). Who may
 * read an application is decided here.
 */
@ApplicationScoped
public class ApplicationViews {

    /** An application with the selection decisions taken on it, oldest first. */
    public record ApplicationView(Application application, List<ApplicationDecision> decisions) {
    }

    private final ApplicationRepository applications;
    private final ApplicationDecisionRepository decisions;

    public ApplicationViews(ApplicationRepository applications, ApplicationDecisionRepository decisions) {
        this.applications = applications;
        this.decisions = decisions;
    }

    public ApplicationView find(UUID applicationId, CurrentCaller caller) {
        return view(applications.findByIdOptional(applicationId).filter(a -> maySee(caller, a))
                .orElseThrow(() -> notFound(applicationId)));
    }

    /**
     * A department's applications: all of them for its coordinator, HR and EEO officer; a
     * supervisor's reports' (and those with no supervisor of record); an employee's own.
     */
    public Page<Application> list(String department, ApplicationStatus status, CurrentCaller caller, int page,
                                  int size) {
        caller.requireDepartment(department);
        if (caller.isDepartmentStaff(department)) {
            return Page.of(applications.inDepartment(department.toUpperCase(), status), page, size);
        }
        String me = caller.employeeId().orElseThrow(() -> new NotAllowed("your token carries no employee_id"));
        return Page.of(applications.seenByEmployee(department.toUpperCase(), me, caller.hasRole(Roles.SUPERVISOR),
                status), page, size);
    }

    /** An application the caller was already allowed to read (e.g. from {@link #list}), with its decisions. */
    public ApplicationView view(Application a) {
        return views(List.of(a)).get(0);
    }

    /** Applications the caller was already allowed to read, with their decisions: one query for all. */
    public List<ApplicationView> views(List<Application> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ApplicationDecision>> byApplication = decisions.byApplication(
                page.stream().map(a -> a.applicationId).toList());
        return page.stream()
                .map(a -> new ApplicationView(a, byApplication.getOrDefault(a.applicationId, List.of()))).toList();
    }

    /** The application, locked for the caller's transaction, when the caller may read it. */
    public Application visibleForUpdate(UUID applicationId, CurrentCaller caller) {
        return applications.findByIdOptional(applicationId, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> maySee(caller, a))
                .orElseThrow(() -> notFound(applicationId));
    }

    private static boolean maySee(CurrentCaller caller, Application a) {
        return caller.maySeeRecordsOf(a.department, a.employeeId, a.supervisorId)
                || (a.supervisorId == null && caller.actsFor(Roles.SUPERVISOR, a.department));
    }

    private static RuntimeException notFound(UUID applicationId) {
        return new NotFound("no application " + applicationId + " visible to you");
    }
}
