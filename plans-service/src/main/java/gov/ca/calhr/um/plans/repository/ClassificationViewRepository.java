package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.ClassificationView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClassificationViewRepository implements PanacheRepositoryBase<ClassificationView, String> {
}
