package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.mail.Letter;
import gov.ca.calhr.um.commons.mail.LetterKind;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.WelcomeNotice;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.WelcomeNoticeRepository;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The welcome letter (CalHR UM Program Guidelines: HR tells new LPEL appointees of the program,
 * its criteria and whom to contact), mailed by the mail relay: to the employee with the printable
 * PDF attached; when the employee has no e-mail address on record, to the coordinator to print and
 * hand over. The mail server taking it marks the notice delivered (and announces it). A notice
 * withdrawn or delivered by other means before the relay's turn is not mailed.
 */
@ApplicationScoped
public class WelcomeLetters implements LetterKind {

    public static final String KIND = "WELCOME_NOTICE";

    /** What the templates show. */
    @TemplateData
    public record View(String noticeId, String department, String date, String employeeName, String classCode,
                       String classTitle, String appointedOn, String criteria, String coordinatorName,
                       String coordinatorEmail, String coordinatorPhone) {
    }

    private final WelcomeNoticeRepository notices;
    private final EmployeeRepository employees;
    private final ClassificationCopyRepository classes;
    private final NoticeService noticeService;
    private final Template text;
    private final Template html;

    public WelcomeLetters(WelcomeNoticeRepository notices, EmployeeRepository employees,
                          ClassificationCopyRepository classes, NoticeService noticeService,
                          @Location("letters/welcome.txt") Template text,
                          @Location("letters/welcome.html") Template html) {
        this.notices = notices;
        this.employees = employees;
        this.classes = classes;
        this.noticeService = noticeService;
        this.text = text;
        this.html = html;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Composed compose(String subjectId) {
        WelcomeNotice notice = notices.findById(UUID.fromString(subjectId));
        if (notice == null) {
            return Composed.skip("no welcome notice " + subjectId);
        }
        if (notice.withdrawnAt != null) {
            return Composed.skip("the notice was withdrawn: " + notice.withdrawnReason);
        }
        if (notice.deliveredAt != null) {
            return Composed.skip("the notice was delivered otherwise at " + notice.deliveredAt);
        }
        if (notice.coordinatorEmail == null) {
            return Composed.skip("the department has no coordinator yet; mailed when it names one");
        }
        Optional<Employee> employee = employees.findByIdOptional(notice.employeeId);
        View v = view(notice, employee.map(e -> e.name).orElse(notice.employeeId));
        String body = text.data("v", v).render();
        Letter.Attachment pdf = new Letter.Attachment("um-welcome-letter-" + notice.noticeId + ".pdf",
                "application/pdf", LetterPdf.write(subject(v), body));
        String email = employee.map(e -> e.email).filter(m -> !m.isBlank()).orElse(null);
        if (email != null) {
            return Composed.send(new Letter(List.of(email), List.of(), subject(v), body,
                    html.data("v", v).render(), pdf));
        }
        String preface = "Employee " + v.employeeName() + " (" + notice.employeeId + ") has no e-mail address on "
                + "record. Please print the attached welcome letter and hand it over.\n\n";
        return Composed.send(new Letter(List.of(notice.coordinatorEmail), List.of(),
                "To print and hand over: " + subject(v) + " for " + v.employeeName(), preface + body, null, pdf));
    }

    @Override
    public void accepted(String subjectId, Instant at) {
        notices.findByIdOptional(UUID.fromString(subjectId), LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(noticeService::recordDelivered);
    }

    /** The letter of a notice as a printable PDF. */
    public byte[] pdf(WelcomeNotice notice) {
        View v = view(notice, employees.findByIdOptional(notice.employeeId).map(e -> e.name).orElse(notice.employeeId));
        return LetterPdf.write(subject(v), text.data("v", v).render());
    }

    private View view(WelcomeNotice n, String employeeName) {
        String title = Optional.ofNullable(classes.findById(n.classCode)).map(c -> c.title)
                .orElse("class " + n.classCode);
        LocalDate issued = n.issuedAt.atZone(Timestamps.CALIFORNIA).toLocalDate();
        return new View(n.noticeId.toString(), n.department, LetterFormats.LONG_DATE.format(issued), employeeName, n.classCode,
                title, LetterFormats.LONG_DATE.format(n.effectiveDate), n.criteria,
                Optional.ofNullable(n.coordinatorName).orElse("Your department's UM coordinator"),
                Optional.ofNullable(n.coordinatorEmail).orElse("(to be named)"), n.coordinatorPhone);
    }

    private static String subject(View v) {
        return "Upward Mobility Program: your welcome letter (" + v.classTitle() + ")";
    }
}
