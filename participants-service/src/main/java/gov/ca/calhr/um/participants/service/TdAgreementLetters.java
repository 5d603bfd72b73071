package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.mail.Letter;
import gov.ca.calhr.um.commons.mail.LetterKind;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.TdAgreementCopy;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import gov.ca.calhr.um.participants.repository.TdAgreementCopyRepository;
import gov.ca.calhr.um.commons.time.Today;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * The written T&D agreement, one letter to each of its parties (the employee, the supervisor who
 * releases them, the supervisor of the assignment) at the e-mail address HR gave, with its PDF to
 * sign and file. A party without an address on record gets none (the coordinator hands it over).
 */
@ApplicationScoped
public class TdAgreementLetters implements LetterKind {

    public static final String KIND = "TD_AGREEMENT";

    /** What the template shows. */
    @TemplateData
    public record View(String assignmentId, String department, String date, String recipientName,
                       String employeeName, String currentSupervisor, String receivingSupervisor, String position,
                       String classTitle, String startDate, String endDate, String timeBase, String returnPosition,
                       String contact) {
    }

    private final TdAgreementCopyRepository assignments;
    private final EmployeeRepository employees;
    private final ClassificationCopyRepository classes;
    private final ProgramSettingsRepository programs;
    private final Today today;
    private final Template text;

    public TdAgreementLetters(TdAgreementCopyRepository assignments, EmployeeRepository employees,
                              ClassificationCopyRepository classes, ProgramSettingsRepository programs, Today today,
                              @Location("letters/td-agreement.txt") Template text) {
        this.assignments = assignments;
        this.employees = employees;
        this.classes = classes;
        this.programs = programs;
        this.today = today;
        this.text = text;
    }

    /** The outbox subjects of an assignment's letters: one per party. */
    public static List<String> subjects(TdAgreementCopy t) {
        return t.parties().stream().map(party -> t.assignmentId + ":" + party).toList();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Composed compose(String subjectId) {
        int colon = subjectId.indexOf(':');
        TdAgreementCopy t = assignments.findById(UUID.fromString(subjectId.substring(0, colon)));
        if (t == null) {
            return Composed.skip("no T&D assignment " + subjectId.substring(0, colon));
        }
        Employee recipient = employees.findById(subjectId.substring(colon + 1));
        if (recipient == null || recipient.email == null || recipient.email.isBlank()) {
            return Composed.skip("no e-mail address on record for " + subjectId.substring(colon + 1));
        }
        String classTitle = t.receivingClassCode == null ? null
                : classes.findByIdOptional(t.receivingClassCode).map(c -> c.title + " (" + c.classCode + ")")
                .orElse("class " + t.receivingClassCode);
        String contact = programs.findByIdOptional(t.department)
                .map(LetterFormats::contact).orElse(null);
        View v = new View(t.assignmentId.toString(), t.department, LetterFormats.LONG_DATE.format(today.date()), recipient.name,
                nameOf(t.employeeId), nameOf(t.currentSupervisorId), nameOf(t.receivingSupervisorId),
                t.receivingPosition, classTitle, LetterFormats.LONG_DATE.format(t.startDate), LetterFormats.LONG_DATE.format(t.endDate),
                t.timeBaseFraction.stripTrailingZeros().toPlainString(), t.returnPosition, contact);
        String subject = "Upward Mobility Program: training and development assignment agreement";
        String body = text.data("v", v).render();
        Letter.Attachment pdf = new Letter.Attachment("td-agreement-" + t.assignmentId + ".pdf", "application/pdf",
                LetterPdf.write(subject, body));
        return Composed.send(new Letter(List.of(recipient.email), List.of(), subject, body, null, pdf));
    }

    private String nameOf(String employeeId) {
        if (employeeId == null) {
            return "not named";
        }
        Employee e = employees.findById(employeeId);
        return e == null ? employeeId : e.name;
    }
}
