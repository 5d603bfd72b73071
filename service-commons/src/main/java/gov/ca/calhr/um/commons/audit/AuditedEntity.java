package gov.ca.calhr.um.commons.audit;

import jakarta.persistence.Table;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private static final Map<Class<?>, List<Field>> STATE_FIELDS = new ConcurrentHashMap<>();

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
     * The fields holding a mapped class's state, readable: Quarkus makes an entity's public fields
     * private, and Hibernate's enhancement adds fields of its own, which are left out.
     */
    static List<Field> stateFields(Class<?> type) {
        return STATE_FIELDS.computeIfAbsent(type, t -> Arrays.stream(t.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isSynthetic() && !f.getName().startsWith("$$"))
                .peek(f -> f.setAccessible(true))
                .toList());
    }

    static Object valueOf(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("unreadable " + field, e);
        }
    }

    /**
     * An id as the trail writes it: a composite id's parts joined with '/' in declaration order
     * (Hibernate hands over the id class, or for an {@code @IdClass} entity the entity itself).
     */
    static String idText(Object id) {
        if (!composite(id)) {
            return String.valueOf(id);
        }
        boolean entity = id.getClass().isAnnotationPresent(jakarta.persistence.Entity.class);
        String text = stateFields(id.getClass()).stream()
                .filter(f -> !entity || f.isAnnotationPresent(jakarta.persistence.Id.class))
                .map(f -> String.valueOf(valueOf(f, id)))
                .collect(Collectors.joining("/"));
        return text.isEmpty() ? id.toString() : text;
    }

    /** An id of the application's own class (an id class, or an {@code @IdClass} entity), not a JDK value. */
    private static boolean composite(Object id) {
        return id != null && !id.getClass().getModule().isNamed();
    }

    /** The {@code department} part of a composite id, or null. */
    static String departmentInId(Object id) {
        if (!composite(id)) {
            return null;
        }
        return stateFields(id.getClass()).stream().filter(f -> f.getName().equals(DEPARTMENT_PROPERTY))
                .map(f -> valueOf(f, id)).filter(Objects::nonNull).map(Object::toString).findFirst().orElse(null);
    }
}
