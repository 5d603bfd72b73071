package gov.ca.calhr.um.plans.repository;

import gov.ca.calhr.um.plans.domain.Activity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {
}
