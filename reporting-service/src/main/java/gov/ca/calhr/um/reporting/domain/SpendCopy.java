package gov.ca.calhr.um.reporting.domain;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Reporting's copy of a plan activity's training spend, as plans-service last announced it
 * (TrainingSpendRecorded, kept by {@code PlanEventsConsumer}).
 */
@Entity
@AuditExcluded("a tally kept from other services' events and rebuilt from them; the owner audits the change")
@Table(name = "spend_fact")
public class SpendCopy {

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    @Column(nullable = false)
    public String department;

    @Column(name = "fiscal_year")
    public String fiscalYear;

    @Column(name = "training_category")
    public String trainingCategory;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
