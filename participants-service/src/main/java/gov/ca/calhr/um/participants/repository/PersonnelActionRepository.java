package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.PersonnelAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class PersonnelActionRepository implements PanacheRepositoryBase<PersonnelAction, String> {

    public List<PersonnelAction> forEmployee(String employeeId) {
        return list("employeeId", employeeId);
    }
}
