package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.PersonnelAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class PersonnelActionRepository implements PanacheRepositoryBase<PersonnelAction, String> {

    public List<PersonnelAction> forEmployee(String employeeId) {
        return list("employeeId", employeeId);
    }

    /** Every action of each of the employees, cancellations included, in one query. */
    public Map<String, List<PersonnelAction>> forEmployees(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return new HashMap<>();
        }
        return list("employeeId in ?1", employeeIds).stream()
                .collect(Collectors.groupingBy(a -> a.employeeId));
    }
}
