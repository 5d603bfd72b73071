package gov.ca.calhr.um.plans.service;

import gov.ca.calhr.um.plans.config.PlansConfig;
import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import gov.ca.calhr.um.plans.domain.TdAssignment;
import gov.ca.calhr.um.plans.domain.TdLimit;
import gov.ca.calhr.um.plans.domain.TdStatus;
import gov.ca.calhr.um.plans.domain.WorkingDays;
import gov.ca.calhr.um.plans.events.PlanEvents;
import gov.ca.calhr.um.plans.repository.TdAssignmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * T&D assignments under an active plan: the three-party agreement, the 24-month (full-time
 * equivalent) limit, the right to return, and ending early — an employee's written request is
 * honoured within 10 working days.
 */
@ApplicationScoped
public class TdAssignmentService {

    /** Working days within which an employee's written request to end an assignment is honoured. */
    public static final int EMPLOYEE_REQUEST_WORKING_DAYS = 10;

    public record NewAssignment(String receivingPosition, String receivingClassCode, String currentSupervisorId,
                                String receivingSupervisorId, LocalDate employeeAgreedOn,
                                LocalDate currentSupervisorAgreedOn, LocalDate receivingSupervisorAgreedOn,
                                BigDecimal timeBaseFraction, LocalDate startDate, LocalDate endDate,
                                String returnPosition) {
    }

    public enum Requester { EMPLOYEE, DEPARTMENT }

    private final PlanService plans;
    private final TdAssignmentRepository assignments;
    private final PlanEvents events;
    private final WorkingDays workingDays;

    public TdAssignmentService(PlanService plans, TdAssignmentRepository assignments, PlanEvents events,
                               PlansConfig config) {
        this.plans = plans;
        this.assignments = assignments;
        this.events = events;
        this.workingDays = new WorkingDays(new HashSet<>(config.stateClosures().orElse(List.of())));
    }

    @Transactional
    public TdAssignment record(UUID planId, NewAssignment n, CurrentCaller caller) {
        Plan p = plans.visibleForUpdate(planId, caller);
        if (!caller.actsFor(Roles.UM_COORDINATOR, p.department) && !caller.isSupervisor(p.supervisorId)) {
            throw new NotAllowed("only the UM coordinator or the employee's supervisor records a T&D agreement");
        }
        if (p.status != PlanStatus.ACTIVE) {
            throw new ConflictWithState("plan " + planId + " is " + p.status
                    + ": a T&D assignment follows an accepted (ACTIVE) plan");
        }
        BigDecimal fraction = n.timeBaseFraction() == null ? BigDecimal.ONE : n.timeBaseFraction();
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw InvalidInput.field("timeBaseFraction", "must be more than 0 and at most 1 (full time)");
        }
        if (n.endDate().isBefore(n.startDate())) {
            throw InvalidInput.field("endDate", "must not be before startDate (" + n.startDate() + ")");
        }
        LocalDate last = TdLimit.lastAllowedDay(n.startDate(), fraction);
        if (n.endDate().isAfter(last)) {
            throw InvalidInput.field("endDate", "a T&D assignment runs at most " + TdLimit.FULL_TIME_MONTHS
                    + " months full-time equivalent: at time base " + fraction.stripTrailingZeros().toPlainString()
                    + " one starting " + n.startDate() + " ends on " + last + " at the latest");
        }
        if (n.currentSupervisorId().equals(n.receivingSupervisorId())) {
            throw InvalidInput.field("receivingSupervisorId",
                    "must differ from currentSupervisorId: the assignment is with another supervisor");
        }
        TdAssignment t = new TdAssignment();
        t.assignmentId = UUID.randomUUID();
        t.planId = p.planId;
        t.department = p.department;
        t.employeeId = p.employeeId;
        t.receivingPosition = n.receivingPosition();
        t.receivingClassCode = n.receivingClassCode();
        t.currentSupervisorId = n.currentSupervisorId();
        t.receivingSupervisorId = n.receivingSupervisorId();
        t.employeeAgreedOn = n.employeeAgreedOn();
        t.currentSupervisorAgreedOn = n.currentSupervisorAgreedOn();
        t.receivingSupervisorAgreedOn = n.receivingSupervisorAgreedOn();
        t.timeBaseFraction = fraction;
        t.startDate = n.startDate();
        t.endDate = n.endDate();
        t.returnPosition = n.returnPosition();
        t.status = TdStatus.AGREED;
        t.createdBy = caller.subject();
        t.createdAt = Timestamps.now();
        t.updatedAt = t.createdAt;
        assignments.persist(t);
        events.tdAssignment(t);
        return t;
    }

    /**
     * Ends an assignment early. The employee's written request (dated {@code requestedOn}) moves
     * the end to at most {@code EMPLOYEE_REQUEST_WORKING_DAYS} working days later; the department
     * (coordinator or either supervisor) names the end day.
     */
    @Transactional
    public TdAssignment endEarly(UUID assignmentId, Requester requester, LocalDate requestedOn, LocalDate endDate,
                                 String reason, CurrentCaller caller) {
        TdAssignment t = assignments.findByIdOptional(assignmentId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> caller.maySeeRecordsOf(x.department, x.employeeId, x.currentSupervisorId)
                        || caller.isSupervisor(x.receivingSupervisorId))
                .orElseThrow(() -> new NotFound("no T&D assignment " + assignmentId + " visible to you"));
        if (t.status == TdStatus.ENDED) {
            throw new ConflictWithState("T&D assignment " + assignmentId + " is " + t.status);
        }
        LocalDate newEnd;
        if (requester == Requester.EMPLOYEE) {
            if (!caller.isEmployee(t.employeeId) && !caller.actsFor(Roles.UM_COORDINATOR, t.department)) {
                throw new NotAllowed("only the employee (or the UM coordinator on their behalf) files their request");
            }
            newEnd = workingDays.plus(requestedOn, EMPLOYEE_REQUEST_WORKING_DAYS);
            if (endDate != null && endDate.isBefore(newEnd)) {
                newEnd = endDate.isBefore(requestedOn) ? requestedOn : endDate;
            }
        } else {
            boolean department = caller.actsFor(Roles.UM_COORDINATOR, t.department)
                    || caller.isSupervisor(t.currentSupervisorId) || caller.isSupervisor(t.receivingSupervisorId);
            if (!department) {
                throw new NotAllowed("only the UM coordinator or a supervisor of the assignment ends it for the department");
            }
            if (endDate == null) {
                throw InvalidInput.field("endDate", "is required when the department ends the assignment");
            }
            if (endDate.isBefore(requestedOn)) {
                throw InvalidInput.field("endDate", "must not be before requestedOn (" + requestedOn + ")");
            }
            newEnd = endDate;
        }
        if (newEnd.isBefore(t.endDate)) {
            t.endDate = newEnd.isBefore(t.startDate) ? t.startDate : newEnd;
        }
        t.status = TdStatus.ENDING_EARLY;
        t.earlyEndRequestedBy = requester.name();
        t.earlyEndRequestedOn = requestedOn;
        t.earlyEndReason = reason;
        t.updatedAt = Timestamps.now();
        events.tdAssignment(t);
        return t;
    }
}
