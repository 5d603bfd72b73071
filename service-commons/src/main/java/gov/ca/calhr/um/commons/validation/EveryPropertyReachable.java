package gov.ca.calhr.um.commons.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;

/**
 * The traversable resolver of every service's validator (Quarkus takes it as a bean): every
 * property is reached and every {@code @Valid} cascades. What is validated here are requests and
 * event records, never entities (Hibernate's validation on write is off), so the default resolver's
 * question, whether JPA has each property loaded, has one answer; asking it anyway was two fifths of
 * validating an HR record, and of each action in a REST batch.
 */
@ApplicationScoped
public class EveryPropertyReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
        return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
        return true;
    }
}
