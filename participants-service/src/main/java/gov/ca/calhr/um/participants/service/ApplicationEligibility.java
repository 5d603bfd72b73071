package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.OpportunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Who may apply to the UM program and be selected: an active employee in a low-paying entry-level
 * (LPEL) class, aiming at an ELTPA class, with no other open application and no current
 * participation. Each check throws the error the caller is answered with.
 */
@ApplicationScoped
public class ApplicationEligibility {

    private final ClassificationCopyRepository classes;
    private final EmployeeRepository employees;
    private final OpportunityRepository opportunities;
    private final ApplicationRepository applications;
    private final ParticipantService participants;

    public ApplicationEligibility(ClassificationCopyRepository classes, EmployeeRepository employees,
                                  OpportunityRepository opportunities, ApplicationRepository applications,
                                  ParticipantService participants) {
        this.classes = classes;
        this.employees = employees;
        this.opportunities = opportunities;
        this.applications = applications;
        this.participants = participants;
    }

    /**
     * The employee who may apply for the target class (and the opportunity, when named), locked for
     * the caller's transaction.
     */
    public Employee applicant(String employeeId, String targetClassCode, UUID opportunityId) {
        requireEltpa(targetClassCode);
        Employee employee = employees.findByIdOptional(employeeId, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() ->
                new ConflictWithState("not eligible: HR has reported no appointment for employee " + employeeId));
        if (opportunityId != null) {
            requireOpen(opportunityId, employee.department);
        }
        requireEligible(employee);
        applications.openFor(employeeId).ifPresent(open -> {
            throw new ConflictWithState("you already have an open application " + open.applicationId
                    + " (" + open.status + ")");
        });
        participants.current(employeeId).ifPresent(p -> {
            throw new ConflictWithState("you already participate in the program (participant " + p.participantId + ")");
        });
        return employee;
    }

    /** The applicant may still be selected: still eligible (locked meanwhile) and not participating already. */
    public void requireSelectable(Application a) {
        Employee employee = employees.findByIdOptional(a.employeeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ConflictWithState("employee " + a.employeeId + " is no longer known"));
        requireEligible(employee);
        participants.current(a.employeeId).ifPresent(p -> {
            throw new ConflictWithState("employee " + a.employeeId + " already participates (" + p.participantId + ")");
        });
    }

    private void requireEltpa(String targetClassCode) {
        ClassificationCopy target = classes.findByIdOptional(targetClassCode).orElseThrow(() ->
                new UnknownReference("targetClassCode", "unknown class code " + targetClassCode));
        if (!target.isEltpa()) {
            throw new UnknownReference("targetClassCode", "class " + targetClassCode + " (" + target.title
                    + ") is " + target.umCategory + ", not an ELTPA (Upward Mobility) class");
        }
    }

    private void requireOpen(UUID opportunityId, String department) {
        Opportunity opportunity = opportunities.findByIdOptional(opportunityId)
                .filter(o -> o.department.equals(department)).orElseThrow(() ->
                        new UnknownReference("opportunityId", "no opportunity " + opportunityId
                                + " in your department"));
        if (!opportunity.isOpenOn(Timestamps.today())) {
            throw new UnknownReference("opportunityId", "the opportunity is open from " + opportunity.opensOn
                    + " to " + opportunity.closesOn);
        }
    }

    private void requireEligible(Employee employee) {
        if (employee.status != EmployeeStatus.ACTIVE) {
            throw new ConflictWithState("not eligible: employee " + employee.employeeId + " is " + employee.status);
        }
        boolean lpel = classes.findByIdOptional(employee.currentClassCode).map(ClassificationCopy::isLpel)
                .orElse(false);
        if (!lpel) {
            throw new ConflictWithState("not eligible: current class " + employee.currentClassCode
                    + " is not a low-paying entry-level (LPEL) class");
        }
    }
}
