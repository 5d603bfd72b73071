package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class WelcomeNoticeRepository implements PanacheRepositoryBase<WelcomeNotice, UUID> {

    public List<WelcomeNotice> forEmployee(String employeeId) {
        return list("employeeId = ?1 order by issuedAt, noticeId", employeeId);
    }

    /** The notices standing for each of the employees. */
    public Map<String, List<WelcomeNotice>> standingFor(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return new HashMap<>();
        }
        return list("employeeId in ?1 and withdrawnAt is null order by issuedAt, noticeId", employeeIds).stream()
                .collect(Collectors.groupingBy(n -> n.employeeId));
    }
}
