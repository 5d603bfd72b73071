package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.ClassificationCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** This service's copy of the catalog (table {@code classification_view}). */
@ApplicationScoped
public class ClassificationCopyRepository implements PanacheRepositoryBase<ClassificationCopy, String> {
}
