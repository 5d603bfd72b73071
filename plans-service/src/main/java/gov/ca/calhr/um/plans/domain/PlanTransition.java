package gov.ca.calhr.um.plans.domain;

import gov.ca.calhr.um.commons.audit.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of a plan's history: from which state to which, who, why, through what. */
@Entity
@AuditedAs(entity = "plan", idProperty = "planId")
@Table(name = "plan_transition")
public class PlanTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "transition_id")
    public Long transitionId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PlanStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public PlanStatus toStatus;

    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    /** The request or event that made the change, e.g. {@code event:ParticipantStatusChanged:<id>}. */
    @Column(nullable = false)
    public String cause;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
