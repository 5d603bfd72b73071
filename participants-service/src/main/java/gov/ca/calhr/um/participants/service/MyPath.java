package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.participants.domain.Application;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import gov.ca.calhr.um.participants.domain.PlanCopy;
import gov.ca.calhr.um.participants.domain.path.CareerLadders;
import gov.ca.calhr.um.participants.repository.ApplicationRepository;
import gov.ca.calhr.um.participants.repository.OpportunityRepository;
import gov.ca.calhr.um.participants.repository.ParticipantRepository;
import gov.ca.calhr.um.participants.repository.PlanCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee's path in one answer: whether they are eligible and why, the ELTPA classes they can
 * reach from their class with each path's steps and salary change, the opportunities open to them
 * now, where their application, participation and plan stand, and the next step expected of whom.
 * Answered from this service's own facts and its copies of the catalog, the ladders and the plans
 * (no call to another service). Read by the employee, their supervisor of record and their
 * department's staff.
 */
@ApplicationScoped
public class MyPath {

    /** Who is expected to act next, and what they are to do. */
    public enum Actor { EMPLOYEE, SUPERVISOR, UM_COORDINATOR, NONE }

    public record NextStep(Actor who, String what) {
    }

    public record Answer(Employee employee, ClassificationCopy currentClass, boolean eligible, String reason,
                         List<CareerLadders.Path> reachable, List<Opportunity> openOpportunities,
                         Application application, Participant participant, PlanCopy plan, NextStep next) {
    }

    private final EmployeeService registry;
    private final CareerLadderCache ladders;
    private final OpportunityRepository opportunities;
    private final ApplicationRepository applications;
    private final ParticipantRepository participants;
    private final PlanCopyRepository plans;
    private final Today today;

    public MyPath(EmployeeService registry, CareerLadderCache ladders,
                  OpportunityRepository opportunities, ApplicationRepository applications,
                  ParticipantRepository participants, PlanCopyRepository plans, Today today) {
        this.registry = registry;
        this.ladders = ladders;
        this.opportunities = opportunities;
        this.applications = applications;
        this.participants = participants;
        this.plans = plans;
        this.today = today;
    }

    /** The signed-in employee's path. */
    public Answer mine(CurrentCaller caller) {
        String employeeId = caller.employeeId()
                .orElseThrow(() -> new NotFound("your sign-in carries no employee id: no path to show"));
        return of(employeeId, caller);
    }

    public Answer of(String employeeId, CurrentCaller caller) {
        EmployeeService.EmployeeView view = registry.find(employeeId, caller);
        Employee e = view.employee();
        ClassificationCopy current = view.currentClass();
        LocalDate day = today.date();
        List<CareerLadders.Path> reachable = current == null ? List.of()
                : ladders.reachableEltpa(current.classCode, e.department, day);
        List<Opportunity> open = e.status == EmployeeStatus.ACTIVE
                ? opportunities.inDepartment(e.department, day, null).page(0, 50).list() : List.of();
        Application application = applications.ofEmployee(e.employeeId).firstResultOptional().orElse(null);
        Participant participant = view.participant() != null ? view.participant()
                : participants.latestEnded(e.employeeId).orElse(null);
        PlanCopy plan = plans.latestOf(e.employeeId).orElse(null);
        return new Answer(e, current, view.lpelEligible(), reason(e, current), reachable, open, application,
                participant, plan, next(view.lpelEligible(), application, participant, plan));
    }

    static String reason(Employee e, ClassificationCopy current) {
        if (e.status != EmployeeStatus.ACTIVE) {
            return "separated from state service: the program is for employees in state service";
        }
        if (current == null) {
            return "no class of record known yet";
        }
        String named = "class " + current.classCode + " (" + current.title + ")";
        if (current.isLpel()) {
            return "in " + named + ", a low-paying entry-level class: eligible for the Upward Mobility Program";
        }
        return named + " is " + current.umCategory + ", not a low-paying entry-level class";
    }

    /** The next step of the program's flow, and whose it is. */
    static NextStep next(boolean eligible, Application application, Participant participant, PlanCopy plan) {
        if (participant != null && ParticipantStatus.CURRENT.contains(participant.status)) {
            if (participant.status == ParticipantStatus.SUSPENDED) {
                return new NextStep(Actor.UM_COORDINATOR, "reinstate the participation or end it");
            }
            if (plan == null || "CLOSED".equals(plan.status)) {
                return new NextStep(Actor.EMPLOYEE, "draft a career development plan with your supervisor");
            }
            return switch (plan.status) {
                case "DRAFT", "RETURNED" -> new NextStep(Actor.EMPLOYEE,
                        "complete the career development plan with your supervisor and submit it");
                case "SUBMITTED" -> new NextStep(Actor.SUPERVISOR, "review and approve the career development plan");
                case "SUPERVISOR_APPROVED" -> new NextStep(Actor.UM_COORDINATOR, "accept the career development plan");
                case "SUSPENDED" -> new NextStep(Actor.UM_COORDINATOR, "resume the suspended plan");
                case "COMPLETED" -> new NextStep(Actor.EMPLOYEE, "apply for the target class's examination and openings");
                default -> new NextStep(Actor.EMPLOYEE, "complete the plan's training and assignments");
            };
        }
        if (application != null && application.status.isOpen()) {
            return switch (application.status) {
                case SUBMITTED -> new NextStep(Actor.SUPERVISOR, "review the application");
                case WAITLISTED -> new NextStep(Actor.UM_COORDINATOR, "select from the waiting list when a place opens");
                default -> new NextStep(Actor.UM_COORDINATOR, "select, waitlist or decline the application");
            };
        }
        if (eligible) {
            return new NextStep(Actor.EMPLOYEE, "talk with your supervisor about a career goal, then apply");
        }
        return new NextStep(Actor.NONE, "nothing in the program: not in a low-paying entry-level class");
    }
}
