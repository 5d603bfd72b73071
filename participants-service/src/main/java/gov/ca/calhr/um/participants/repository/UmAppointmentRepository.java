package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.UmAppointment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UmAppointmentRepository implements PanacheRepositoryBase<UmAppointment, String> {
}
