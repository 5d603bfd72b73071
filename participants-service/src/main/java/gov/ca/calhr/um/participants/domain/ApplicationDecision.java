package gov.ca.calhr.um.participants.domain;

import gov.ca.calhr.um.commons.audit.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A coordinator's selection decision and the factors weighed, kept for audit. */
@Entity
@AuditedAs(entity = "application", idProperty = "applicationId")
@Table(name = "application_decision")
public class ApplicationDecision {

    @Id
    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus outcome;

    @Column(nullable = false)
    public String reason;

    /** The selection factors as JSON: each factor's score and/or note. */
    @Column(nullable = false)
    public String factors;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
