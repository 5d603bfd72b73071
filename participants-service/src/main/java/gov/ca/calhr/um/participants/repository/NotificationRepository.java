package gov.ca.calhr.um.participants.repository;

import gov.ca.calhr.um.participants.domain.Notification;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Messages to an employee or to a role in a department. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * The messages to the employee and to any of the {@code roles} in the department, newest
     * first; no roles (or no employee id: {@code ""}) match nothing of that kind.
     */
    public PanacheQuery<Notification> addressedTo(String employeeId, List<String> roles, String department) {
        return find("""
                        recipientEmployeeId = :me
                        or (recipientRole in :roles and department = :d)
                        order by createdAt desc, notificationId""",
                Parameters.with("me", employeeId).and("roles", roles.isEmpty() ? List.of("-") : roles)
                        .and("d", department));
    }
}
