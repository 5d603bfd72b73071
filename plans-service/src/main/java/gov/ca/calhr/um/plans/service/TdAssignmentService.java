package gov.ca.calhr.um.plans.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.plans.config.PlansConfig;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import gov.ca.calhr.um.plans.domain.TdAssignment;
import gov.ca.calhr.um.plans.domain.TdLimit;
import gov.ca.calhr.um.plans.domain.TdStatus;
import gov.ca.calhr.um.plans.domain.WorkingDays;
import gov.ca.calhr.um.plans.events.PlanEvents;
import gov.ca.calhr.um.plans.repository.TdAssignmentRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    private final Today today;

    public TdAssignmentService(PlanService plans, TdAssignmentRepository assignments, PlanEvents events,
                               PlansConfig config, Today today) {
        this.today = today;
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
        List<TdAssignment> earlier = assignments.ofEmployee(p.employeeId);
        for (TdAssignment e : earlier) {
            if (!e.startDate.isAfter(n.endDate()) && !n.startDate().isAfter(e.endDate)) {
                throw InvalidInput.field("startDate", "overlaps the employee's T&D assignment " + e.assignmentId
                        + " from " + e.startDate + " to " + e.endDate + ": one assignment at a time");
            }
        }
        List<TdLimit.Span> spans = earlier.stream()
                .map(e -> new TdLimit.Span(e.startDate, e.endDate, e.timeBaseFraction)).toList();
        LocalDate last = TdLimit.lastAllowedDay(n.startDate(), fraction, spans);
        if (n.endDate().isAfter(last)) {
            String base = "at time base " + fraction.stripTrailingZeros().toPlainString() + " one starting "
                    + n.startDate();
            if (spans.isEmpty()) {
                throw InvalidInput.field("endDate", "a T&D assignment runs at most " + TdLimit.FULL_TIME_MONTHS
                        + " months full-time equivalent: " + base + " ends on " + last + " at the latest");
            }
            BigDecimal used = spans.stream().map(TdLimit::share).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
            throw InvalidInput.field("endDate", "an employee's T&D assignments run at most "
                    + TdLimit.FULL_TIME_MONTHS + " months full-time equivalent in all; the earlier ones use " + used
                    + " % of it: " + (last.isBefore(n.startDate()) ? "none is left"
                    : base + " ends on " + last + " at the latest"));
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

    /** A department's assignments, for its coordinator, HR and EEO officer. */
    public Page<TdAssignment> inDepartment(String department, TdStatus status, CurrentCaller caller, int page,
                                           int size) {
        if (!caller.isDepartmentStaff(department)) {
            throw new NotAllowed("only the department's UM coordinator, HR and EEO officer list its T&D assignments");
        }
        return Page.of(assignments.inDepartment(department.toUpperCase(), status), page, size);
    }

    /** One assignment: for the employee, either supervisor and the department's staff. */
    public TdAssignment find(UUID assignmentId, CurrentCaller caller) {
        return assignments.findByIdOptional(assignmentId)
                .filter(x -> caller.maySeeRecordsOf(x.department, x.employeeId, x.currentSupervisorId)
                        || caller.isSupervisor(x.receivingSupervisorId))
                .orElseThrow(() -> new NotFound("no T&D assignment " + assignmentId + " visible to you"));
    }

    /**
     * Every hour ({@code um.td.end-every}): {@link #endThosePastTheirEnd()}.
     */
    @Scheduled(every = "${um.td.end-every:1h}", delayed = "${um.td.end-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void endOnSchedule() {
        endThosePastTheirEnd();
    }

    /** Marks ENDED (and announces) every assignment whose end day has passed; answers how many. */
    @Transactional
    public int endThosePastTheirEnd() {
        List<TdAssignment> ended = assignments.pastTheirEnd(today.date());
        for (TdAssignment t : ended) {
            t.status = TdStatus.ENDED;
            t.updatedAt = Timestamps.now();
            events.tdAssignment(t);
        }
        return ended.size();
    }
}
