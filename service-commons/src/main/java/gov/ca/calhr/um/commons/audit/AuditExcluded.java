package gov.ca.calhr.um.commons.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose rows are not audited one by one, with the reason: copies of other services'
 * facts (their owner audits the change, the event that carried it is kept on Kafka), tallies
 * rebuilt from events, and the event plumbing itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditExcluded {

    /** Why the entity's changes need no trail of their own. */
    String value();
}
