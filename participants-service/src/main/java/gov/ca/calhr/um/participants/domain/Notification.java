package gov.ca.calhr.um.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A message to an employee (or supervisor, by employee id) or to a department role such as the
 * UM coordinator; a mail/portal system delivers it from the NotificationIssued event.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(nullable = false)
    public String department;

    @Column(name = "recipient_employee_id")
    public String recipientEmployeeId;

    @Column(name = "recipient_role")
    public String recipientRole;

    @Column(nullable = false)
    public String kind;

    /** The application, participant or action the message is about. */
    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Column(nullable = false)
    public String message;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
