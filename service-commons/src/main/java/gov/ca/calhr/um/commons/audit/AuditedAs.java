package gov.ca.calhr.um.commons.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A row that belongs to another entity's trail (a plan's transition, a goal of a goal set): its
 * changes are recorded under the owner's entity name and id, and take the owner's department.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditedAs {

    /** The owner's audit entity name (its table name), e.g. {@code plan}. */
    String entity();

    /** The property of this entity that holds the owner's id, e.g. {@code planId}. */
    String idProperty();
}
