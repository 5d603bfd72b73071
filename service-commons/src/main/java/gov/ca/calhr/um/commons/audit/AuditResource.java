package gov.ca.calhr.um.commons.audit;

import gov.ca.calhr.um.commons.config.CommonsConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.problem.Problems;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The audit trail of one entity of this service. The UM coordinator and the EEO officer read their
 * own department's trails; a statewide entity's trail (the classification catalog) any of them;
 * CalHR analysts read the trails of the reporting service, whose records are the departments'
 * reports and goals. A trail the caller may not read answers 404, like one that does not exist.
 */
@Path("/api/audit")
@Tag(name = "Audit trail", description = "Who changed what, when, and through which request or event")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final CurrentCaller caller;
    private final boolean calhrReadsAll;
    private final List<String> otherEntities;
    /** Worked out from the metamodel on first use: it does not change while the service runs. */
    private volatile Set<String> audited;
    private volatile boolean anyStatewide;

    public AuditResource(EntityManager em, CurrentCaller caller,
                         CommonsConfig config) {
        this.em = em;
        this.caller = caller;
        this.calhrReadsAll = config.audit().calhrReadsAll();
        this.otherEntities = config.audit().otherEntities().orElse(List.of());
    }

    @GET
    @RolesAllowed({Roles.UM_COORDINATOR, Roles.EEO_OFFICER, Roles.CALHR_ANALYST})
    @Operation(summary = "Who changed an entity, when, how and through which request or event, oldest first")
    public Page<AuditEntryResponse> trail(@QueryParam("entity") String entity, @QueryParam("id") String id,
                                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        boolean departmentStaff = caller.hasRole(Roles.UM_COORDINATOR) || caller.hasRole(Roles.EEO_OFFICER);
        boolean calhr = calhrReadsAll && caller.hasRole(Roles.CALHR_ANALYST);
        Set<String> audited = auditedEntities();
        if (!departmentStaff && !calhr && !anyStatewide) {
            throw Problems.forbidden("CalHR analysts read the audit trails of reports, goals and the classification"
                    + " catalog, not of department records");
        }
        if (entity == null || entity.isBlank()) {
            throw Problems.invalidQueryParameter("entity", "required; one of " + String.join(", ", audited));
        }
        if (!audited.contains(entity)) {
            throw Problems.invalidQueryParameter("entity", "not audited here; one of " + String.join(", ", audited));
        }
        if (id == null || id.isBlank()) {
            throw Problems.invalidQueryParameter("id", "required: the entity's id");
        }
        if (id.length() > 200 || id.chars().anyMatch(Character::isISOControl)) {
            throw Problems.invalidQueryParameter("id", "at most 200 printable characters");
        }
        StringBuilder where = new StringBuilder("e.entity = :entity and e.entityId = :id");
        String department = departmentStaff ? caller.department().map(String::toUpperCase).orElse(null) : null;
        if (!calhr) {
            where.append(" and (e.statewide = true");
            where.append(department != null ? " or e.department = :department)" : ")");
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e where " + where, Long.class);
        TypedQuery<AuditEntry> rows = em.createQuery("from AuditEntry e where " + where + " order by e.auditId",
                AuditEntry.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            q.setParameter("entity", entity).setParameter("id", id);
            if (!calhr && department != null) {
                q.setParameter("department", department);
            }
        }
        long total = count.getSingleResult();
        if (total == 0) {
            throw Problems.notFound("no audit trail of " + entity + " " + id + " that you may read");
        }
        List<AuditEntryResponse> items = rows.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(AuditResource::view).toList();
        return new Page<>(items, page, size, total);
    }

    private Set<String> auditedEntities() {
        if (audited == null) {
            Set<String> names = new TreeSet<>(otherEntities);
            boolean statewide = false;
            for (EntityType<?> type : em.getMetamodel().getEntities()) {
                AuditedEntity model = AuditedEntity.of(type.getJavaType());
                if (!model.excluded()) {
                    names.add(model.name());
                    statewide |= model.statewide();
                }
            }
            anyStatewide = statewide;
            audited = Collections.unmodifiableSet(names);
        }
        return audited;
    }

    private static AuditEntryResponse view(AuditEntry e) {
        JsonNode changes;
        try {
            changes = JSON.readTree(e.changes);
        } catch (java.io.IOException unreadable) {
            changes = JSON.getNodeFactory().textNode(e.changes);
        }
        List<String> roles = e.actorRoles.isEmpty() ? List.of() : Arrays.asList(e.actorRoles.split(","));
        return new AuditEntryResponse(e.auditId, e.occurredAt, e.entity, e.entityId, e.department, e.action, changes,
                new Actor(e.actorSubject, roles, e.actorDepartment), e.via, e.requestId);
    }

    public record Actor(String subject, List<String> roles, String department) {
    }

    /** One change: {@code changes.before}/{@code changes.after} hold the properties that changed. */
    public record AuditEntryResponse(long auditId, Instant occurredAt, String entity, String entityId,
                                     String department, String action, JsonNode changes, Actor actor, String via,
                                     String requestId) {
    }
}
