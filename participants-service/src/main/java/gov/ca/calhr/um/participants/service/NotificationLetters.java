package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.mail.Letter;
import gov.ca.calhr.um.commons.mail.LetterKind;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.Notification;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.NotificationRepository;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The messages of the program that must reach people, not only the portal (CalHR UM Program
 * Guidelines: the coordinator notifies the applicant of the decision with its reason; a withdrawal
 * is documented and every party notified): each such notification ({@link #MAILED}) is also mailed
 * to its recipient, an employee or supervisor at the e-mail address HR gave, the coordinator at
 * the program's contact. A recipient without an address reads it in the portal only.
 */
@ApplicationScoped
public class NotificationLetters implements LetterKind {

    public static final String KIND = "NOTIFICATION";

    /** The notification kinds that are mailed, with their subject lines. */
    static final Map<String, String> MAILED = Map.of(
            "APPLICATION_SELECTED", "you were selected",
            "APPLICATION_WAITLISTED", "your application is on the waiting list",
            "APPLICATION_NOT_SELECTED", "the decision on your application",
            "APPLICATION_WITHDRAWN", "an application was withdrawn",
            "PARTICIPANT_WITHDRAWN", "a withdrawal from the program");


    /** What the template shows. */
    @TemplateData
    public record View(String department, String date, String greeting, String message, String contact) {
    }

    private final NotificationRepository notifications;
    private final EmployeeRepository employees;
    private final ProgramSettingsRepository programs;
    private final Template text;

    public NotificationLetters(NotificationRepository notifications, EmployeeRepository employees,
                               ProgramSettingsRepository programs, @Location("letters/message.txt") Template text) {
        this.notifications = notifications;
        this.employees = employees;
        this.programs = programs;
        this.text = text;
    }

    /** Whether notifications of {@code kind} are mailed. */
    static boolean mailed(String kind) {
        return MAILED.containsKey(kind);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Composed compose(String subjectId) {
        Notification n = notifications.findById(UUID.fromString(subjectId));
        if (n == null) {
            return Composed.skip("no notification " + subjectId);
        }
        Optional<ProgramSettings> program = programs.findByIdOptional(n.department);
        String to;
        String greeting;
        if (n.recipientEmployeeId != null) {
            Employee e = employees.findById(n.recipientEmployeeId);
            if (e == null || e.email == null || e.email.isBlank()) {
                return Composed.skip("no e-mail address on record for " + n.recipientEmployeeId + ": read in the portal");
            }
            to = e.email;
            greeting = "Dear " + e.name + ",";
        } else if (Roles.UM_COORDINATOR.equals(n.recipientRole) && program.isPresent()) {
            to = program.get().coordinatorEmail;
            greeting = "Dear " + program.get().coordinatorName + ",";
        } else {
            return Composed.skip("nobody with an e-mail address holds " + n.recipientRole + " in " + n.department);
        }
        String contact = program.filter(p -> !to.equals(p.coordinatorEmail))
                .map(LetterFormats::contact)
                .orElse(null);
        View v = new View(n.department, LetterFormats.LONG_DATE.format(n.createdAt.atZone(Timestamps.CALIFORNIA)),
                greeting, n.message, contact);
        String subject = "Upward Mobility Program: " + MAILED.getOrDefault(n.kind, "a message");
        return Composed.send(new Letter(List.of(to), List.of(), subject, text.data("v", v).render(), null, null));
    }
}
