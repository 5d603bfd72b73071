package gov.ca.calhr.um.plans.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.FiscalYear;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.plans.domain.Activity;
import gov.ca.calhr.um.plans.domain.ActivityStatus;
import gov.ca.calhr.um.plans.domain.ActivityType;
import gov.ca.calhr.um.plans.domain.Plan;
import gov.ca.calhr.um.plans.domain.PlanStatus;
import gov.ca.calhr.um.plans.domain.TrainingCategory;
import gov.ca.calhr.um.plans.events.PlanEvents;
import gov.ca.calhr.um.plans.repository.ActivityRepository;
import gov.ca.calhr.um.plans.repository.ActivityRepository.CategorySpend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plan's activities and the training spend they add up to. */
@ApplicationScoped
public class ActivityService {

    /** An activity as written; on an update, null fields stay as they are. */
    public record ActivityContent(ActivityType type, String title, String provider, BigDecimal hours,
                                  LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                                  LocalDate actualEnd, ActivityStatus status, BigDecimal cost,
                                  TrainingCategory trainingCategory) {
    }

    /** A department's UM spend in a fiscal year, by training category. */
    public record Spend(String department, FiscalYear fiscalYear, Map<TrainingCategory, BigDecimal> byCategory,
                        BigDecimal total, long activities) {
    }

    private final PlanService plans;
    private final ActivityRepository activities;
    private final PlanEvents events;

    public ActivityService(PlanService plans, ActivityRepository activities, PlanEvents events) {
        this.plans = plans;
        this.activities = activities;
        this.events = events;
    }

    @Transactional
    public Activity add(UUID planId, ActivityContent c, CurrentCaller caller) {
        Plan p = plans.visibleForUpdate(planId, caller);
        requireWriter(p, caller);
        if (!p.status.acceptsActivities()) {
            throw new ConflictWithState("plan " + planId + " is " + p.status + ": "
                    + (p.status == PlanStatus.SUSPENDED
                    ? "a suspended plan accepts no new activities" : "it accepts no new activities now"));
        }
        Activity a = new Activity();
        a.activityId = UUID.randomUUID();
        a.planId = p.planId;
        a.department = p.department;
        a.type = c.type();
        a.title = c.title();
        a.status = ActivityStatus.PLANNED;
        a.cost = BigDecimal.ZERO;
        a.createdAt = Timestamps.now();
        apply(a, c);
        activities.persist(a);
        announce(a, false);
        return a;
    }

    @Transactional
    public Activity update(UUID planId, UUID activityId, ActivityContent c, CurrentCaller caller) {
        Plan p = plans.visibleForUpdate(planId, caller);
        requireWriter(p, caller);
        if (p.status.isFinished()) {
            throw new ConflictWithState("plan " + planId + " is " + p.status + ": its activities no longer change");
        }
        Activity a = activities.findByIdOptional(activityId, LockModeType.PESSIMISTIC_WRITE)
                .filter(x -> x.planId.equals(planId))
                .orElseThrow(() -> new NotFound("no activity " + activityId + " in plan " + planId));
        boolean counted = a.countsAsSpend();
        if (c.type() != null) {
            a.type = c.type();
        }
        if (c.title() != null) {
            a.title = c.title();
        }
        apply(a, c);
        announce(a, counted);
        return a;
    }

    private void apply(Activity a, ActivityContent c) {
        if (c.provider() != null) {
            a.provider = c.provider();
        }
        if (c.hours() != null) {
            a.hours = c.hours();
        }
        if (c.plannedStart() != null) {
            a.plannedStart = c.plannedStart();
        }
        if (c.plannedEnd() != null) {
            a.plannedEnd = c.plannedEnd();
        }
        if (c.actualStart() != null) {
            a.actualStart = c.actualStart();
        }
        if (c.actualEnd() != null) {
            a.actualEnd = c.actualEnd();
        }
        if (c.status() != null) {
            a.status = c.status();
        }
        if (c.cost() != null) {
            a.cost = c.cost();
        }
        if (c.trainingCategory() != null) {
            a.trainingCategory = c.trainingCategory();
        }
        if (a.type == ActivityType.TRAINING_COURSE && (a.provider == null || a.provider.isBlank())) {
            throw InvalidInput.field("provider", "is required for a training course");
        }
        if (a.type == ActivityType.TRAINING_COURSE && a.hours == null) {
            throw InvalidInput.field("hours", "is required for a training course");
        }
        if (a.plannedStart != null && a.plannedEnd != null && a.plannedEnd.isBefore(a.plannedStart)) {
            throw InvalidInput.field("plannedEnd", "must not be before plannedStart (" + a.plannedStart + ")");
        }
        if (a.actualStart != null && a.actualEnd != null && a.actualEnd.isBefore(a.actualStart)) {
            throw InvalidInput.field("actualEnd", "must not be before actualStart (" + a.actualStart + ")");
        }
        if (a.actualEnd != null && a.actualStart == null) {
            throw InvalidInput.field("actualStart", "is required once actualEnd is known");
        }
        if (a.cost.signum() > 0 && a.trainingCategory == null) {
            throw InvalidInput.field("trainingCategory",
                    "is required for an activity with a cost (JOB_REQUIRED, JOB_RELATED, UPWARD_MOBILITY_AND_CAREER_RELATED)");
        }
        a.updatedAt = Timestamps.now();
    }

    /** Publishes the activity's spend when it counts now or counted before (so reporting can replace it). */
    private void announce(Activity a, boolean countedBefore) {
        boolean counts = a.countsAsSpend();
        if (counts || countedBefore) {
            events.spend(a);
        }
    }

    private static void requireWriter(Plan p, CurrentCaller caller) {
        if (!caller.isEmployee(p.employeeId) && !caller.isSupervisor(p.supervisorId)
                && !caller.actsFor(Roles.UM_COORDINATOR, p.department)) {
            throw new NotAllowed("only the employee, their supervisor and the UM coordinator change activities");
        }
    }

    /** Spend of activities that started in the fiscal year, by category, for the department's staff. */
    public Spend spend(String department, FiscalYear year, CurrentCaller caller) {
        if (!caller.isDepartmentStaff(department)) {
            throw new NotAllowed("only the department's UM coordinator, HR and EEO officer read its spend");
        }
        List<CategorySpend> rows = activities.spendByCategory(department.toUpperCase(), year.firstDay(),
                year.lastDay());
        Map<TrainingCategory, BigDecimal> byCategory = new EnumMap<>(TrainingCategory.class);
        for (TrainingCategory category : TrainingCategory.values()) {
            byCategory.put(category, BigDecimal.ZERO.setScale(2));
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        long count = 0;
        for (CategorySpend r : rows) {
            BigDecimal amount = r.amount().setScale(2);
            byCategory.put(r.category(), amount);
            total = total.add(amount);
            count += r.activities();
        }
        return new Spend(department.toUpperCase(), year, byCategory, total, count);
    }
}
