package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.TdAssignment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class TdAssignmentRepository implements PanacheRepositoryBase<TdAssignment, UUID> {
}
