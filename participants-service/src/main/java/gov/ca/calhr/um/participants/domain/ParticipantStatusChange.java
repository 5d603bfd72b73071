package gov.ca.calhr.um.participants.domain;

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
import java.time.LocalDate;
import java.util.UUID;

/** One step of a participant's status history: who changed it, why, and through what. */
@Entity
@AuditedAs(entity = "participant", idProperty = "participantId")
@Table(name = "participant_status_change")
public class ParticipantStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "change_id")
    public Long changeId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    public String reason;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    /** The request or event that made the change, e.g. {@code personnel-action:A-123}. */
    @Column(nullable = false)
    public String cause;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
