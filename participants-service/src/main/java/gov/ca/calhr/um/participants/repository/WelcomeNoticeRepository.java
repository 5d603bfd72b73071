package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class WelcomeNoticeRepository implements PanacheRepositoryBase<WelcomeNotice, UUID> {

    public List<WelcomeNotice> forEmployee(String employeeId) {
        return list("employeeId = ?1 order by issuedAt", employeeId);
    }

    public Optional<WelcomeNotice> forAction(String actionId) {
        return find("actionId", actionId).firstResultOptional();
    }
}
