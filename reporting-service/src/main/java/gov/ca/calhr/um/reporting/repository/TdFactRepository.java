package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.TdFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class TdFactRepository implements PanacheRepositoryBase<TdFact, UUID> {
}
