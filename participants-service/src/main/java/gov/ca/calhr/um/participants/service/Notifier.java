package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.mail.MailOutbox;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Notification;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Records a message for a person or a department role and announces it, in the caller's transaction;
 * the kinds that must reach people are also mailed ({@link NotificationLetters}).
 */
@ApplicationScoped
public class Notifier {

    private final NotificationRepository notifications;
    private final ParticipantEvents events;
    private final MailOutbox mail;

    public Notifier(NotificationRepository notifications, ParticipantEvents events, MailOutbox mail) {
        this.notifications = notifications;
        this.events = events;
        this.mail = mail;
    }

    /** To an employee, or to a supervisor by their employee id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toEmployee(String department, String employeeId, String kind, String subjectId, String message) {
        record(department, employeeId, null, kind, subjectId, message);
    }

    /** To whoever holds {@code role} in {@code department}, e.g. the UM coordinator. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toRole(String department, String role, String kind, String subjectId, String message) {
        record(department, null, role, kind, subjectId, message);
    }

    private void record(String department, String employeeId, String role, String kind, String subjectId,
                        String message) {
        Notification n = new Notification();
        n.notificationId = UUID.randomUUID();
        n.department = department;
        n.recipientEmployeeId = employeeId;
        n.recipientRole = role;
        n.kind = kind;
        n.subjectId = subjectId;
        n.message = message;
        n.createdAt = Timestamps.now();
        notifications.persist(n);
        events.notificationIssued(n);
        if (NotificationLetters.mailed(kind)) {
            mail.enqueue(NotificationLetters.KIND, n.notificationId.toString());
        }
    }
}
