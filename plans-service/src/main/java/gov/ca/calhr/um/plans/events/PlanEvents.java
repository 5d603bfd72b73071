package gov.ca.calhr.um.plans.events;

import gov.ca.calhr.um.commons.outbox.Outbox;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.plans.domain.Activity;
import gov.ca.calhr.um.plans.domain.ActivityType;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import gov.ca.calhr.um.plans.domain.TdAssignment;
import gov.ca.calhr.um.plans.domain.TdStatus;
import gov.ca.calhr.um.plans.domain.TrainingCategory;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The events this service owns; their contracts are under deploy/events/plans. */
@ApplicationScoped
public class PlanEvents {

    public static final String PLAN_TOPIC = "plans.plan.v1";
    public static final String SPEND_TOPIC = "plans.spend.v1";
    public static final String TD_TOPIC = "plans.td-assignment.v1";

    /**
     * Data of {@code PlanStatusChanged} v1; {@code previousStatus} is null for a new draft. An
     * accepted amendment is announced with the plan staying ACTIVE and its new {@code revision};
     * {@code followsParticipation}: the change follows the participation's (participants-service
     * need not follow it back).
     */
    public record PlanStatusChanged(String planId, String participantId, String employeeId, String department,
                                    String targetClassCode, LocalDate targetDate, PlanStatus previousStatus,
                                    PlanStatus status, String reason, int revision, boolean followsParticipation) {
    }

    /**
     * Data of {@code TrainingSpendRecorded} v1: the activity's spend as it now stands (a later
     * event for the same activity replaces the earlier one; 0 when cancelled or not started).
     */
    public record TrainingSpendRecorded(String activityId, String planId, String department, String fiscalYear,
                                        TrainingCategory trainingCategory, ActivityType activityType,
                                        BigDecimal amount, LocalDate startDate) {
    }

    /** Data of {@code TdAssignmentRecorded} v1. */
    public record TdAssignmentRecorded(String assignmentId, String planId, String employeeId, String department,
                                       LocalDate startDate, LocalDate endDate, BigDecimal timeBaseFraction,
                                       TdStatus status, String receivingPosition, String receivingClassCode,
                                       String currentSupervisorId, String receivingSupervisorId,
                                       String returnPosition) {
    }

    private final Outbox outbox;

    public PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void planChanged(Plan p, PlanStatus previous, boolean followsParticipation) {
        outbox.publish(PLAN_TOPIC, "PlanStatusChanged", 1, p.employeeId, p.department,
                new PlanStatusChanged(p.planId.toString(), p.participantId.toString(), p.employeeId, p.department,
                        p.targetClassCode, p.targetDate, previous, p.status, p.statusReason, p.revision,
                        followsParticipation));
    }

    public void spend(Activity a) {
        LocalDate start = a.actualStart != null ? a.actualStart : a.plannedStart;
        outbox.publish(SPEND_TOPIC, "TrainingSpendRecorded", 1, a.activityId.toString(), a.department,
                new TrainingSpendRecorded(a.activityId.toString(), a.planId.toString(), a.department,
                        start == null ? null : FiscalYear.of(start).toString(), a.trainingCategory, a.type,
                        a.spend(), start));
    }

    public void tdAssignment(TdAssignment t) {
        outbox.publish(TD_TOPIC, "TdAssignmentRecorded", 1, t.employeeId, t.department,
                new TdAssignmentRecorded(t.assignmentId.toString(), t.planId.toString(), t.employeeId, t.department,
                        t.startDate, t.endDate, t.timeBaseFraction, t.status, t.receivingPosition,
                        t.receivingClassCode, t.currentSupervisorId, t.receivingSupervisorId, t.returnPosition));
    }
}
