package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.reporting.domain.PlanCopy;
import gov.ca.calhr.um.reporting.domain.SpendCopy;
import gov.ca.calhr.um.reporting.domain.TdAssignmentCopy;
import gov.ca.calhr.um.reporting.repository.PlanCopyRepository;
import gov.ca.calhr.um.reporting.repository.SpendCopyRepository;
import gov.ca.calhr.um.reporting.repository.TdAssignmentCopyRepository;
import gov.ca.calhr.um.reporting.service.ReportCache;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
/**
 * Keeps the plan, spend and T&D facts the reports count, from plans-service's topics
 * {@code plans.plan.v1}, {@code plans.spend.v1} and {@code plans.td-assignment.v1}. Each fact holds
 * the latest state its events announced, newest wins ({@link Projection}).
 */
@ApplicationScoped
public class PlanEventsConsumer {

    /** The fields of PlanStatusChanged v1 this service uses. */
    record PlanStatusChanged(String planId, String participantId, String employeeId, String department,
                             String targetClassCode, LocalDate targetDate, String status) {
    }

    /** The fields of TrainingSpendRecorded v1 this service uses. */
    record TrainingSpendRecorded(String activityId, String department, String fiscalYear, String trainingCategory,
                                 BigDecimal amount) {
    }

    /** The fields of TdAssignmentRecorded v1 this service uses. */
    record TdAssignmentRecorded(String assignmentId, String employeeId, String department, LocalDate startDate,
                                LocalDate endDate, BigDecimal timeBaseFraction, String status) {
    }

    private final Projection projection;
    private final PlanCopyRepository plans;
    private final SpendCopyRepository spend;
    private final TdAssignmentCopyRepository tdAssignments;
    private final ReportCache cache;

    public PlanEventsConsumer(Projection projection, PlanCopyRepository plans, SpendCopyRepository spend,
                              TdAssignmentCopyRepository tdAssignments, ReportCache cache) {
        this.projection = projection;
        this.plans = plans;
        this.spend = spend;
        this.tdAssignments = tdAssignments;
        this.cache = cache;
    }

    @Incoming("plan-events")
    @Blocking
    public void plan(String payload) {
        projection.apply("reporting.plans", payload, "PlanStatusChanged", PlanStatusChanged.class, event -> {
            PlanStatusChanged d = event.data();
            UUID id = UUID.fromString(d.planId());
            PlanCopy f = plans.findById(id);
            if (f != null && !event.supersedes(f.updatedAt)) {
                return;
            }
            if (f == null) {
                f = new PlanCopy();
                f.planId = id;
            }
            f.participantId = UUID.fromString(d.participantId());
            f.employeeId = d.employeeId();
            f.department = d.department();
            f.targetClassCode = d.targetClassCode();
            f.targetDate = d.targetDate();
            f.status = d.status();
            f.updatedAt = event.at();
            plans.persist(f);
        });
        cache.changed();
    }

    @Incoming("spend-events")
    @Blocking
    public void spend(String payload) {
        projection.apply("reporting.spend", payload, "TrainingSpendRecorded", TrainingSpendRecorded.class, event -> {
            TrainingSpendRecorded d = event.data();
            UUID id = UUID.fromString(d.activityId());
            SpendCopy f = spend.findById(id);
            if (f != null && !event.supersedes(f.updatedAt)) {
                return;
            }
            if (f == null) {
                f = new SpendCopy();
                f.activityId = id;
            }
            f.department = d.department();
            f.fiscalYear = d.fiscalYear();
            f.trainingCategory = d.trainingCategory();
            f.amount = d.amount();
            f.updatedAt = event.at();
            spend.persist(f);
        });
        cache.changed();
    }

    @Incoming("td-events")
    @Blocking
    public void tdAssignment(String payload) {
        projection.apply("reporting.td-assignments", payload, "TdAssignmentRecorded",
                TdAssignmentRecorded.class, event -> {
            TdAssignmentRecorded d = event.data();
            UUID id = UUID.fromString(d.assignmentId());
            TdAssignmentCopy f = tdAssignments.findById(id);
            if (f != null && !event.supersedes(f.updatedAt)) {
                return;
            }
            if (f == null) {
                f = new TdAssignmentCopy();
                f.assignmentId = id;
            }
            f.department = d.department();
            f.employeeId = d.employeeId();
            f.startDate = d.startDate();
            f.endDate = d.endDate();
            f.timeBaseFraction = d.timeBaseFraction();
            f.status = d.status();
            f.updatedAt = event.at();
            tdAssignments.persist(f);
        });
        cache.changed();
    }
}
