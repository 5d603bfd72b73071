package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.UmAppointment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class UmAppointmentRepository implements PanacheRepositoryBase<UmAppointment, String> {

    public Map<String, List<UmAppointment>> forEmployees(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return new HashMap<>();
        }
        return list("employeeId in ?1", employeeIds).stream().collect(Collectors.groupingBy(a -> a.employeeId));
    }
}
