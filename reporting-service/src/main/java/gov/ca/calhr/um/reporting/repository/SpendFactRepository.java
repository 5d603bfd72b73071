package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.SpendFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SpendFactRepository implements PanacheRepositoryBase<SpendFact, UUID> {
}
