package gov.ca.calhr.um.reporting.repository;

import gov.ca.calhr.um.reporting.domain.UmAppointmentFact;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UmAppointmentFactRepository implements PanacheRepositoryBase<UmAppointmentFact, String> {
}
