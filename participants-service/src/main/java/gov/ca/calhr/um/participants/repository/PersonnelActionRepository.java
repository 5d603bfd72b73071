package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.PersonnelAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PersonnelActionRepository implements PanacheRepositoryBase<PersonnelAction, String> {
}
