package gov.ca.calhr.um.plans.domain;

import gov.ca.calhr.um.commons.audit.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One revision of a plan's written content: revision 1 as first accepted, and each amendment (2,
 * 3, ...) as proposed. Earlier revisions are kept when an amendment is accepted.
 */
@Entity
@AuditedAs(entity = "plan", idProperty = "planId")
@Table(name = "plan_revision")
@IdClass(PlanRevision.Key.class)
public class PlanRevision {

    public static class Key implements Serializable {
        public UUID planId;
        public int revision;

        public Key() {
        }

        public Key(UUID planId, int revision) {
            this.planId = planId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.planId.equals(planId) && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, revision);
        }
    }

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevisionStatus status;

    /** Why the plan is amended (null for revision 1). */
    @Column(name = "amendment_reason")
    public String amendmentReason;

    @Column(name = "career_objectives")
    public String careerObjectives;

    @Column(name = "target_class_code")
    public String targetClassCode;

    @Column(name = "target_date")
    public LocalDate targetDate;

    /** The comments of the last review step (a return's reason, a withdrawal's). */
    @Column(name = "status_reason")
    public String statusReason;

    /** What the coordinator found missing when returning the amendment, comma-separated. */
    @Column(name = "missing_items")
    public String missingItems;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
