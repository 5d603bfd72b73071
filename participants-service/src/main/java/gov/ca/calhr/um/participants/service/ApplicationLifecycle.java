package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ApplicationAction;
import gov.ca.calhr.um.participants.domain.ApplicationDecision;
import gov.ca.calhr.um.participants.domain.ApplicationStatus;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.ApplicationDecisionRepository;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import gov.ca.calhr.um.participants.service.ApplicationViews.ApplicationView;
import gov.ca.calhr.um.participants.service.SelectionFactors.Factor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/**
 * The life of an application to the UM program: the employee applies, the supervisor approves or
 * not with comments, the coordinator selects, waitlists or does not select, weighing the
 * selection factors of the CalHR guidelines; the applicant may withdraw, and a separation ends it.
 * Every move is one of {@link ApplicationAction}, allowed only from the statuses it names; the
 * employee is told every outcome.
 */
@ApplicationScoped
public class ApplicationLifecycle {

    private final ApplicationRepository applications;
    private final ApplicationDecisionRepository decisions;
    private final ApplicationEligibility eligibility;
    private final SelectionFactors factors;
    private final ApplicationViews views;
    private final ParticipantService participants;
    private final Notifier notifier;
    private final ParticipantEvents events;

    public ApplicationLifecycle(ApplicationRepository applications, ApplicationDecisionRepository decisions,
                                ApplicationEligibility eligibility, SelectionFactors factors, ApplicationViews views,
                                ParticipantService participants, Notifier notifier, ParticipantEvents events) {
        this.applications = applications;
        this.decisions = decisions;
        this.eligibility = eligibility;
        this.factors = factors;
        this.views = views;
        this.participants = participants;
        this.notifier = notifier;
        this.events = events;
    }

    /** The calling employee applies. Only an active employee in an LPEL class, once at a time. */
    @Transactional
    public ApplicationView submit(String careerGoal, String targetClassCode, UUID opportunityId,
                                  CurrentCaller caller) {
        String employeeId = caller.employeeId().orElseThrow(() ->
                new NotAllowed("your token carries no employee_id: only employees apply"));
        Employee employee = eligibility.applicant(employeeId, targetClassCode, opportunityId);
        Application a = new Application();
        a.applicationId = UUID.randomUUID();
        a.department = employee.department;
        a.employeeId = employeeId;
        a.supervisorId = employee.supervisorId;
        a.careerGoal = careerGoal;
        a.targetClassCode = targetClassCode;
        a.opportunityId = opportunityId;
        a.status = ApplicationStatus.SUBMITTED;
        a.submittedAt = Timestamps.now();
        a.updatedAt = a.submittedAt;
        applications.persist(a);
        events.applicationChanged(a);
        askForReview(a);
        return views.view(a);
    }

    /** Tells the supervisor of record (or, when there is none, the department's supervisors). */
    private void askForReview(Application a) {
        String message = "Employee " + a.employeeId + " applied to the Upward Mobility program (target class "
                + a.targetClassCode + ") and awaits your review.";
        if (a.supervisorId != null) {
            notifier.toEmployee(a.department, a.supervisorId, "APPLICATION_AWAITS_SUPERVISOR",
                    a.applicationId.toString(), message);
        } else {
            notifier.toRole(a.department, Roles.SUPERVISOR, "APPLICATION_AWAITS_SUPERVISOR",
                    a.applicationId.toString(), message);
        }
    }

    /** The supervisor of record (or, when there is none, a supervisor of the department) reviews. */
    @Transactional
    public ApplicationView supervisorReview(UUID applicationId, boolean approved, String comments,
                                            CurrentCaller caller) {
        Application a = views.visibleForUpdate(applicationId, caller);
        requireReviewer(a, caller);
        ApplicationAction action = ApplicationAction.review(approved);
        requireAllowed(a, action);
        a.supervisorReviewedBy = caller.subject();
        a.supervisorApproved = approved;
        a.supervisorComments = comments;
        a.supervisorReviewedAt = Timestamps.now();
        a.status = action.to();
        a.updatedAt = a.supervisorReviewedAt;
        events.applicationChanged(a);
        tellReviewed(a, approved, comments);
        return views.view(a);
    }

    private static void requireReviewer(Application a, CurrentCaller caller) {
        boolean reviewer = a.supervisorId != null ? caller.isSupervisor(a.supervisorId)
                : caller.actsFor(Roles.SUPERVISOR, a.department)
                && !caller.employeeId().map(a.employeeId::equals).orElse(false);
        if (!reviewer) {
            throw new NotAllowed("only the applicant's supervisor reviews the application");
        }
    }

    /** Tells the coordinator an approved application awaits selection, and the applicant the review. */
    private void tellReviewed(Application a, boolean approved, String comments) {
        if (approved) {
            notifier.toRole(a.department, Roles.UM_COORDINATOR, "APPLICATION_AWAITS_SELECTION",
                    a.applicationId.toString(), "Employee " + a.employeeId
                            + "'s Upward Mobility application was approved by the supervisor and awaits selection.");
        }
        notifier.toEmployee(a.department, a.employeeId, "APPLICATION_" + a.status, a.applicationId.toString(),
                "Your supervisor " + (approved ? "approved" : "did not approve") + " your Upward Mobility application"
                        + (comments == null || comments.isBlank() ? "." : ": " + comments));
    }

    /** The department's coordinator decides, weighing every selection factor. */
    @Transactional
    public ApplicationView decide(UUID applicationId, ApplicationStatus outcome, String reason,
                                  Map<String, Factor> assessed, CurrentCaller caller) {
        ApplicationAction action = ApplicationAction.decisionFor(outcome).orElseThrow(() ->
                InvalidInput.field("outcome", "must be SELECTED, WAITLISTED or NOT_SELECTED"));
        String factorJson = factors.checked(assessed);
        Application a = views.visibleForUpdate(applicationId, caller);
        if (!caller.actsFor(Roles.UM_COORDINATOR, a.department)) {
            throw new NotAllowed("only the department's UM coordinator selects participants");
        }
        requireAllowed(a, action);
        if (action == ApplicationAction.SELECT) {
            eligibility.requireSelectable(a);
            Participant p = participants.enrol(a, caller.subject());
            a.participantId = p.participantId;
        }
        recordDecision(a, action, reason, factorJson, caller.subject());
        notifier.toEmployee(a.department, a.employeeId, "APPLICATION_" + outcome, a.applicationId.toString(),
                told(action) + ": " + reason);
        return views.view(a);
    }

    /** What the applicant is told of the coordinator's decision. */
    private static String told(ApplicationAction decision) {
        return switch (decision) {
            case SELECT -> "You were selected for the Upward Mobility program";
            case WAITLIST -> "Your Upward Mobility application was placed on the waiting list";
            default -> "You were not selected for the Upward Mobility program this time";
        };
    }

    /**
     * An employee who left state service can no longer be selected: their applications that await
     * a decision end with the separation (recorded as a decision, announced, and the department's
     * coordinator told).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void employeeSeparated(String employeeId, String actionId) {
        for (Application a : applications.allOpenFor(employeeId)) {
            requireAllowed(a, ApplicationAction.END_ON_SEPARATION);
            recordDecision(a, ApplicationAction.END_ON_SEPARATION,
                    "the employee separated from state service (personnel action " + actionId + ")", "{}",
                    Roles.HR_SYSTEM);
            notifier.toRole(a.department, Roles.UM_COORDINATOR, "APPLICATION_WITHDRAWN", a.applicationId.toString(),
                    "An Upward Mobility application ended: the applicant separated from state service");
        }
    }

    /**
     * The applicant takes back an application that awaits a decision, with a reason if they give one:
     * recorded like a decision, and the supervisor, the coordinator and the applicant are told.
     */
    @Transactional
    public ApplicationView withdraw(UUID applicationId, String reason, CurrentCaller caller) {
        Application a = views.visibleForUpdate(applicationId, caller);
        if (!caller.isEmployee(a.employeeId)) {
            throw new NotAllowed("only the applicant withdraws an application");
        }
        requireAllowed(a, ApplicationAction.WITHDRAW);
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        recordDecision(a, ApplicationAction.WITHDRAW, why, "{}", caller.subject());
        String message = "Employee " + a.employeeId + " withdrew their Upward Mobility application: " + why;
        notifier.toRole(a.department, Roles.UM_COORDINATOR, "APPLICATION_WITHDRAWN", a.applicationId.toString(),
                message);
        if (a.supervisorId != null) {
            notifier.toEmployee(a.department, a.supervisorId, "APPLICATION_WITHDRAWN", a.applicationId.toString(),
                    message);
        }
        notifier.toEmployee(a.department, a.employeeId, "APPLICATION_WITHDRAWN", a.applicationId.toString(),
                "You withdrew your Upward Mobility application: " + why);
        return views.view(a);
    }

    /** Records the decision, moves the application to where the action leads and announces it. */
    private void recordDecision(Application a, ApplicationAction action, String reason, String factorJson,
                                String by) {
        ApplicationDecision d = new ApplicationDecision();
        d.decisionId = UUID.randomUUID();
        d.applicationId = a.applicationId;
        d.outcome = action.to();
        d.reason = reason;
        d.factors = factorJson;
        d.decidedBy = by;
        d.decidedAt = Timestamps.now();
        decisions.persist(d);
        a.status = action.to();
        a.updatedAt = d.decidedAt;
        events.applicationChanged(a);
    }

    /** Asks the transition table; a move it does not allow from the application's status is a conflict. */
    private static void requireAllowed(Application a, ApplicationAction action) {
        if (!action.allowedFrom(a.status)) {
            throw new ConflictWithState("application " + a.applicationId + " is " + a.status);
        }
    }
}
