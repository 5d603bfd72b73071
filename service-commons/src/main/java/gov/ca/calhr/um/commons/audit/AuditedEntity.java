package gov.ca.calhr.um.commons.audit;

import jakarta.persistence.Table;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How one entity class is audited, read once from its annotations: the trail's entity name, whether
 * its rows carry a {@code department} (or take their owner's), and which fields are personal.
 */
record AuditedEntity(String name, boolean excluded, String ownerIdProperty, boolean departmental,
                     Set<String> personalFields) {

    static final String DEPARTMENT_PROPERTY = "department";

    private static final Map<Class<?>, AuditedEntity> CACHE = new ConcurrentHashMap<>();

    static AuditedEntity of(Class<?> type) {
        return CACHE.computeIfAbsent(type, AuditedEntity::read);
    }

    /** The name entities of this class carry in the trail: their table's, or their owner's. */
    static String tableName(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table != null && !table.name().isBlank()) {
            return table.name();
        }
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    /** A statewide entity (the classification catalog) belongs to no department. */
    boolean statewide() {
        return !departmental && ownerIdProperty == null;
    }

    private static AuditedEntity read(Class<?> type) {
        Class<?> entity = type;
        // Hibernate may hand over a proxy or enhanced subclass: use the mapped class
        while (entity.getSuperclass() != null && !entity.isAnnotationPresent(jakarta.persistence.Entity.class)) {
            entity = entity.getSuperclass();
        }
        AuditedAs owner = entity.getAnnotation(AuditedAs.class);
        Set<String> personal = Arrays.stream(entity.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(PersonalData.class))
                .map(Field::getName)
                .collect(Collectors.toUnmodifiableSet());
        boolean departmental = Arrays.stream(entity.getDeclaredFields())
                .anyMatch(f -> f.getName().equals(DEPARTMENT_PROPERTY) && f.getType() == String.class);
        return new AuditedEntity(owner != null ? owner.entity() : tableName(entity),
                entity.isAnnotationPresent(AuditExcluded.class),
                owner != null ? owner.idProperty() : null,
                departmental, personal);
    }

    /**
     * An id as the trail writes it: a composite id's parts joined with '/' in declaration order
     * (Hibernate hands over the id class, or for an {@code @IdClass} entity the entity itself).
     */
    static String idText(Object id) {
        if (id == null || id instanceof String || id instanceof Number || id instanceof UUID) {
            return String.valueOf(id);
        }
        boolean entity = id.getClass().isAnnotationPresent(jakarta.persistence.Entity.class);
        StringBuilder text = new StringBuilder();
        for (Field f : id.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.getName().startsWith("$$")
                    || entity && !f.isAnnotationPresent(jakarta.persistence.Id.class)) {
                continue;
            }
            try {
                f.setAccessible(true);
                text.append(text.isEmpty() ? "" : "/").append(f.get(id));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return id.toString();
            }
        }
        return text.isEmpty() ? id.toString() : text.toString();
    }

    /** The {@code department} part of a composite id, or null. */
    static String departmentInId(Object id) {
        if (id == null || id instanceof String || id instanceof Number || id instanceof UUID) {
            return null;
        }
        try {
            Field f = id.getClass().getDeclaredField(DEPARTMENT_PROPERTY);
            f.setAccessible(true);
            Object value = f.get(id);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
