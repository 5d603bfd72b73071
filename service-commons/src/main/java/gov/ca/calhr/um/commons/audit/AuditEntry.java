package gov.ca.calhr.um.commons.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recorded change, as {@code GET /api/audit} reads it. Written by {@link AuditInterceptor}. */
@Entity
@Table(name = "audit_entry")
@AuditExcluded("the trail itself")
public class AuditEntry {

    @Id
    @Column(name = "audit_id")
    public Long auditId;

    @Column(nullable = false)
    public String entity;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    public String department;

    @Column(nullable = false)
    public boolean statewide;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String changes;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "actor_department")
    public String actorDepartment;

    @Column(nullable = false)
    public String via;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
