package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.participants.domain.Notification;
import gov.ca.calhr.um.participants.repository.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The caller's messages: those addressed to them and to a role they hold in their department. */
@ApplicationScoped
public class NotificationService {

    private static final List<String> ADDRESSABLE_ROLES = List.of(Roles.SUPERVISOR, Roles.UM_COORDINATOR, Roles.HR,
            Roles.EEO_OFFICER);

    private final NotificationRepository notifications;

    public NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public Page<Notification> mine(CurrentCaller caller, int page, int size) {
        List<String> roles = ADDRESSABLE_ROLES.stream().filter(caller::hasRole).toList();
        String me = caller.employeeId().orElse("");
        String department = caller.department().map(String::toUpperCase).orElse("");
        return Page.of(notifications.addressedTo(me, roles, department), page, size);
    }
}
