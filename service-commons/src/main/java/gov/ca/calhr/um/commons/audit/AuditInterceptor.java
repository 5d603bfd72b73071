package gov.ca.calhr.um.commons.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Embeddable;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Records every change Hibernate writes (insert, update, delete of an entity not marked
 * {@link AuditExcluded}) in the {@code audit_entry} table, on the transaction's own connection: the
 * trail commits with the change or not at all. Bulk statements bypass it; the services change
 * audited entities through the persistence context.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_VALUE_LENGTH = 500;
    /** Whether values of a class are embedded values, recorded field by field (looked up once per class). */
    private static final ClassValue<Boolean> EMBEDDABLE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isAnnotationPresent(Embeddable.class);
        }
    };
    static final String CREATED = "CREATED";
    static final String UPDATED = "UPDATED";
    static final String DELETED = "DELETED";

    private final AuditTransaction transaction;
    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry registry;

    public AuditInterceptor(AuditTransaction transaction, DataSource dataSource,
                            TransactionSynchronizationRegistry registry) {
        this.transaction = transaction;
        this.dataSource = dataSource;
        this.registry = registry;
    }

    @Override
    public boolean onLoad(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        AuditedEntity model = AuditedEntity.of(entity.getClass());
        if (!model.excluded() && model.departmental() && AuditTrail.inTransaction()) {
            remember(model, id, state, names);
        }
        return false;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        record(entity, id, CREATED, null, state, names);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
                                Type[] types) {
        record(entity, id, UPDATED, previous, current, names);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        record(entity, id, DELETED, state, null, names);
    }

    /** An element collection (a class's titles) changed in place: its owner is updated. */
    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        if (collection instanceof PersistentCollection<?> pc) {
            recordCollection(pc, key, pc.getStoredSnapshot(), pc);
        }
    }

    /** A collection was created or replaced: recorded with the owner's insert, or as an update. */
    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        if (collection instanceof PersistentCollection<?> pc && !pc.wasInitialized()) {
            return;
        }
        if (collection instanceof PersistentCollection<?> pc && pc.getStoredSnapshot() != null) {
            recordCollection(pc, key, null, pc);
        }
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        if (collection instanceof PersistentCollection<?> pc && pc.getStoredSnapshot() != null) {
            recordCollection(pc, key, pc.getStoredSnapshot(), null);
        }
    }

    private void recordCollection(PersistentCollection<?> collection, Object key, Object before, Object after) {
        Object owner = collection.getOwner();
        if (owner == null || !AuditTrail.inTransaction()) {
            return;
        }
        AuditedEntity model = AuditedEntity.of(owner.getClass());
        if (model.excluded() || model.ownerIdProperty() != null) {
            return;
        }
        String role = collection.getRole();
        String property = role == null ? "collection" : role.substring(role.lastIndexOf('.') + 1);
        String department = model.departmental()
                ? transaction.departmentOf(model.name(), AuditedEntity.idText(key)) : null;
        String changes = changes(model, before == null ? null : new Object[]{before},
                after == null ? null : new Object[]{after}, new String[]{property});
        if (changes != null) {
            transaction.add(new AuditTransaction.PendingChange(model, AuditedEntity.idText(key), null, department,
                    UPDATED, changes, AuditTrail.current(transaction)));
        }
    }

    @Override
    public void postFlush(Iterator<Object> entities) {
        write();
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        write();
    }

    private void record(Object entity, Object id, String action, Object[] before, Object[] after, String[] names) {
        AuditedEntity model = AuditedEntity.of(entity.getClass());
        if (model.excluded() || !AuditTrail.inTransaction()) {
            return;
        }
        Object[] state = after != null ? after : before;
        String department = model.departmental() ? remember(model, id, state, names) : null;
        String ownerId = model.ownerIdProperty() == null ? null : text(value(state, names, model.ownerIdProperty()));
        String changes = changes(model, before, after, names);
        if (changes == null) {
            return;
        }
        String entityId = ownerId != null ? ownerId : AuditedEntity.idText(id);
        transaction.add(new AuditTransaction.PendingChange(model, entityId, ownerId, department, action,
                changes, AuditTrail.current(transaction)));
    }

    /** A change of data without an entity (see {@link AuditTrail#changed}). */
    void recordChange(AuditedEntity model, String id, String department, Object[] before, Object[] after,
                      String[] names) {
        if (!AuditTrail.inTransaction()) {
            return;
        }
        String changes = changes(model, before, after, names);
        if (changes != null) {
            transaction.add(new AuditTransaction.PendingChange(model, id, null, department, UPDATED, changes,
                    AuditTrail.current(transaction)));
        }
    }

    private String remember(AuditedEntity model, Object id, Object[] state, String[] names) {
        String department = text(value(state, names, AuditedEntity.DEPARTMENT_PROPERTY));
        if (department == null) {
            // part of a composite id: not in the state, in the id
            department = AuditedEntity.departmentInId(id);
        }
        if (department != null && model.ownerIdProperty() == null) {
            transaction.rememberDepartment(model.name(), AuditedEntity.idText(id), department);
        }
        return department;
    }

    /** The changed properties, before and after; null when nothing changed. */
    static String changes(AuditedEntity model, Object[] before, Object[] after, String[] names) {
        int[] changed = new int[names.length];
        int count = 0;
        for (int i = 0; i < names.length; i++) {
            Object b = before == null ? null : before[i];
            Object a = after == null ? null : after[i];
            if (before == null || after == null ? (a != null || b != null) : !same(a, b)) {
                changed[count++] = i;
            }
        }
        if (count == 0) {
            return null;
        }
        // written as it streams out ({"before":{..},"after":{..}}): no tree of nodes built first
        StringWriter text = new StringWriter(64 + 32 * count);
        try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
            json.writeStartObject();
            if (before != null) {
                writeValues(json, "before", model, before, names, changed, count);
            }
            if (after != null) {
                writeValues(json, "after", model, after, names, changed, count);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeValues(JsonGenerator json, String field, AuditedEntity model, Object[] state,
                                    String[] names, int[] changed, int count) throws IOException {
        json.writeObjectFieldStart(field);
        for (int k = 0; k < count; k++) {
            int i = changed[k];
            json.writeStringField(names[i], shown(state[i], model.personalFields().contains(names[i])));
        }
        json.writeEndObject();
    }

    /** Equal values; numbers by value (4100 and 4100.00 are the same salary). */
    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Collection<?> || a instanceof Map<?, ?> || b instanceof Collection<?> || b instanceof Map<?, ?>) {
            return Objects.equals(text(a), text(b));
        }
        return Objects.equals(a, b);
    }

    private static String shown(Object value, boolean personal) {
        if (value == null) {
            return null;
        }
        if (personal) {
            return "(personal data, not recorded)";
        }
        String text = text(value);
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }

    private static Object value(Object[] state, String[] names, String property) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(property)) {
                return state[i];
            }
        }
        return null;
    }

    /** A value as the trail writes it; collections and embedded values element by element. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Map<?, ?> map) {
            // a set's or map's snapshot: its values
            return text(map.values());
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(AuditInterceptor::text).toList().toString();
        }
        if (value instanceof String text) {
            return text;
        }
        if (EMBEDDABLE.get(value.getClass())) {
            return AuditedEntity.stateFields(value.getClass()).stream()
                    .map(f -> f.getName() + "=" + text(AuditedEntity.valueOf(f, value)))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    /** Writes the changes recorded so far, on the transaction's connection. */
    private void write() {
        if (!AuditTrail.inTransaction()) {
            return;
        }
        List<AuditTransaction.PendingChange> changes = transaction.drain();
        if (changes.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into audit_entry (entity, entity_id, department, statewide, action, changes,
                         actor_subject, actor_roles, actor_department, via, request_id, occurred_at)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (AuditTransaction.PendingChange c : changes) {
                String department = c.department() != null ? c.department()
                        : c.ownerId() == null ? null : transaction.departmentOf(c.model().name(), c.ownerId());
                // values from tokens and requests are cut to their columns: an odd claim must not stop the work
                insert.setString(1, cut(c.model().name(), 100));
                insert.setString(2, cut(c.entityId(), 200));
                insert.setString(3, department == null ? null : cut(department.toUpperCase(), 20));
                insert.setBoolean(4, c.model().statewide());
                insert.setString(5, c.action());
                insert.setString(6, c.changes());
                insert.setString(7, cut(c.source().actorSubject(), 200));
                insert.setString(8, cut(String.join(",", c.source().actorRoles()), 500));
                insert.setString(9, cut(c.source().actorDepartment(), 20));
                insert.setString(10, cut(c.source().via(), 500));
                insert.setString(11, cut(c.source().requestId(), 100));
                insert.setTimestamp(12, now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // Hibernate only logs what beforeTransactionCompletion throws: make sure nothing commits
            registry.setRollbackOnly();
            throw new IllegalStateException("the audit trail could not be written; the change is rolled back", e);
        }
    }
}
