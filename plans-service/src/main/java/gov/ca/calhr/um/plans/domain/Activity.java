package gov.ca.calhr.um.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A step of a plan: counseling, a course, an assignment...; its cost is UM training spend. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityType type;

    @Column(nullable = false)
    public String title;

    public String provider;

    public BigDecimal hours;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_end")
    public LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityStatus status;

    @Column(nullable = false)
    public BigDecimal cost;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_category")
    public TrainingCategory trainingCategory;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The money this activity counts as spent: its cost once it has started (actual start date),
     * unless cancelled, in the fiscal year of that start.
     */
    public BigDecimal spend() {
        return actualStart == null || status == ActivityStatus.CANCELLED ? BigDecimal.ZERO : cost;
    }

    /** Whether the activity counts in the UM training spend: a training category and money spent. */
    public boolean countsAsSpend() {
        return trainingCategory != null && spend().signum() > 0;
    }
}
