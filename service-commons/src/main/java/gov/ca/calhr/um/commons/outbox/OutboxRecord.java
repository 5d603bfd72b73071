package gov.ca.calhr.um.commons.outbox;

import gov.ca.calhr.um.commons.audit.AuditExcluded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
@AuditExcluded("event plumbing: the change the event announces is audited")
public class OutboxRecord {

    @Id
    @SequenceGenerator(name = "outbox_event_id", sequenceName = "outbox_event_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_id")
    public Long id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** The W3C traceparent of the transaction that wrote the event, sent as its record's header. */
    @Column(name = "trace_parent")
    public String traceParent;
}
