package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationDecision;
import gov.ca.calhr.um.participants.domain.ApplicationSearch;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.repository.ApplicationDecisionRepository;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
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

    private final EmployeeRepository employees;

    public ApplicationViews(ApplicationRepository applications, ApplicationDecisionRepository decisions,
                            EmployeeRepository employees) {
        this.applications = applications;
        this.decisions = decisions;
        this.employees = employees;
    }

    public ApplicationView find(UUID applicationId, CurrentCaller caller) {
        return view(applications.findByIdOptional(applicationId).filter(a -> maySee(caller, a))
                .orElseThrow(() -> notFound(applicationId)));
    }

    /**
     * A department's applications: all of them for its coordinator, HR and EEO officer; a
     * supervisor's reports' (and those with no supervisor of record); an employee's own.
     */
    public Page<Application> list(String department, ApplicationSearch search, CurrentCaller caller, int page,
                                  int size) {
        caller.requireDepartment(department);
        if (caller.isDepartmentStaff(department)) {
            return Page.of(applications.search(department.toUpperCase(), search, null, false), page, size);
        }
        String me = caller.employeeId().orElseThrow(() -> new NotAllowed("your token carries no employee_id"));
        return Page.of(applications.search(department.toUpperCase(), search, me, caller.hasRole(Roles.SUPERVISOR)),
                page, size);
    }

    /** One applicant to a posting, with the selection factors of the latest decision on them (none yet: empty). */
    public record Applicant(Application application, Employee employee, ApplicationDecision latestDecision) {
    }

    /**
     * Everyone who applied to a posting, with the selection factors recorded for each side by side:
     * for the department's UM coordinator, HR and EEO officer. The order is the applications' (newest
     * first); decided applications carry the factors of their latest decision.
     */
    public List<Applicant> applicantsTo(Opportunity posting, CurrentCaller caller) {
        if (!caller.isDepartmentStaff(posting.department)) {
            throw new NotAllowed("only the department's UM coordinator, HR and EEO officer compare its applicants");
        }
        List<Application> all = applications.search(posting.department,
                new ApplicationSearch(null, null, posting.opportunityId), null, false).list();
        Map<UUID, List<ApplicationDecision>> byApplication = decisions.byApplication(
                all.stream().map(a -> a.applicationId).toList());
        Map<String, Employee> people = employees.byId(all.stream().map(a -> a.employeeId).toList());
        return all.stream().map(a -> {
            List<ApplicationDecision> taken = byApplication.getOrDefault(a.applicationId, List.of());
            return new Applicant(a, people.get(a.employeeId), taken.isEmpty() ? null : taken.get(taken.size() - 1));
        }).toList();
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
