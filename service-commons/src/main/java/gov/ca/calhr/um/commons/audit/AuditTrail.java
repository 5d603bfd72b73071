package gov.ca.calhr.um.commons.audit;

import gov.ca.calhr.um.commons.security.CurrentCaller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionScoped;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Says who and what a transaction's changes come from. A request's changes are attributed to its
 * caller without help; consumers name the event ({@link #attributeTo}) or the record
 * ({@link #during}) they apply.
 */
@ApplicationScoped
public class AuditTrail {

    private static final ThreadLocal<AuditSource> THREAD_SOURCE = new ThreadLocal<>();

    private final AuditTransaction transaction;
    private final AuditInterceptor interceptor;

    public AuditTrail(AuditTransaction transaction, @PersistenceUnitExtension AuditInterceptor interceptor) {
        this.transaction = transaction;
        this.interceptor = interceptor;
    }

    /**
     * Records the creation of {@code entity}, inserted by a native statement that the persistence
     * context does not see (e.g. an idempotent {@code insert ... on conflict do nothing}).
     */
    public void created(Object entity, Object id) {
        List<Field> fields = AuditedEntity.stateFields(entity.getClass());
        String[] names = fields.stream().map(Field::getName).toArray(String[]::new);
        Object[] state = fields.stream().map(f -> AuditedEntity.valueOf(f, entity)).toArray();
        interceptor.onPersist(entity, id, state, names, null);
    }

    /** Attributes the current transaction's changes to {@code source} (e.g. the event a consumer applies). */
    public void attributeTo(AuditSource source) {
        transaction.source(source);
    }

    /**
     * Records a change of data that has no entity of its own (a table written by native
     * statements), under {@code entity} (list it in {@code um.audit.other-entities} to make it
     * queryable): the values of {@code before} and {@code after} that differ.
     */
    public void changed(String entity, String id, String department, Map<String, ?> before, Map<String, ?> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        String[] names = keys.toArray(String[]::new);
        Object[] was = keys.stream().map(before::get).toArray();
        Object[] now = keys.stream().map(after::get).toArray();
        interceptor.recordChange(new AuditedEntity(entity, false, null, true, Set.of()), id, department, was, now,
                names);
    }

    /** Runs {@code work} (which may open transactions) with its changes attributed to {@code source}. */
    public <T> T during(AuditSource source, Supplier<T> work) {
        AuditSource outer = THREAD_SOURCE.get();
        THREAD_SOURCE.set(source);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                THREAD_SOURCE.remove();
            } else {
                THREAD_SOURCE.set(outer);
            }
        }
    }

    /** True inside a transaction, where changes can be recorded. */
    static boolean inTransaction() {
        return Arc.container().getActiveContext(TransactionScoped.class) != null;
    }

    /** The source of the current transaction's changes, resolved once per transaction. */
    static AuditSource current(AuditTransaction tx) {
        if (tx.source() == null) {
            AuditSource thread = THREAD_SOURCE.get();
            tx.source(thread != null ? thread : fromRequest());
        }
        return tx.source();
    }

    private static AuditSource fromRequest() {
        ArcContainer arc = Arc.container();
        if (!arc.requestContext().isActive()) {
            return AuditSource.SYSTEM;
        }
        try (InstanceHandle<RequestTrace> trace = arc.instance(RequestTrace.class)) {
            if (!trace.get().known()) {
                return AuditSource.SYSTEM;
            }
            SecurityIdentity identity = arc.instance(SecurityIdentity.class).get();
            if (identity == null || identity.isAnonymous()) {
                return new AuditSource("anonymous", List.of(), null, trace.get().line(), trace.get().requestId());
            }
            CurrentCaller caller = arc.instance(CurrentCaller.class).get();
            return new AuditSource(caller.subject(), identity.getRoles().stream().sorted().toList(),
                    caller.department().orElse(null), trace.get().line(), trace.get().requestId());
        }
    }
}
