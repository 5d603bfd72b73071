package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.Activity;
import gov.ca.calhr.um.plans.domain.ActivityStatus;
import gov.ca.calhr.um.plans.domain.TrainingCategory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The activities of the plans. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /** What a department spent in one training category: the sum of the costs and how many activities. */
    public record CategorySpend(TrainingCategory category, BigDecimal amount, long activities) {
    }

    /** The activities of several plans, each plan's in the order they were added. */
    public List<Activity> ofPlans(List<UUID> planIds) {
        return list("planId in ?1 order by createdAt, activityId", planIds);
    }

    /** How many of the plan's activities are not cancelled. */
    public long countNotCancelled(UUID planId) {
        return count("planId = ?1 and status <> ?2", planId, ActivityStatus.CANCELLED);
    }

    /**
     * The department's spend by training category: activities not cancelled, with a category and a
     * cost, that started between {@code from} and {@code to} (both included). Categories without
     * spend are left out.
     */
    public List<CategorySpend> spendByCategory(String department, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                        select a.trainingCategory, sum(a.cost), count(a) from Activity a
                        where a.department = :d and a.actualStart between :from and :to
                          and a.status <> :cancelled and a.trainingCategory is not null and a.cost > 0
                        group by a.trainingCategory""", Object[].class)
                .setParameter("d", department).setParameter("from", from).setParameter("to", to)
                .setParameter("cancelled", ActivityStatus.CANCELLED)
                .getResultList().stream()
                .map(r -> new CategorySpend((TrainingCategory) r[0], (BigDecimal) r[1], (Long) r[2]))
                .toList();
    }
}
