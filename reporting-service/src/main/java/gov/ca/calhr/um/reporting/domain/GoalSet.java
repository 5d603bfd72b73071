package gov.ca.calhr.um.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A department's UM goals for a fiscal year, as one set CalHR reviews. */
@Entity
@Table(name = "goal_set")
public class GoalSet {

    @Id
    @Column(name = "goal_set_id")
    public UUID goalSetId;

    @Column(nullable = false)
    public String department;

    @Column(name = "fiscal_year", nullable = false)
    public String fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GoalStatus status;

    public String comments;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
