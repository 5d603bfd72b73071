package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.mail.Letter;
import gov.ca.calhr.um.commons.mail.LetterKind;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.OpportunityRepository;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The announcement of an opportunity to every eligible employee of the department (CalHR UM
 * Program Guidelines: opportunities are announced prominently to all potentially interested
 * employees for a reasonable time), one letter each, sent on the day it opens. Composed when sent:
 * an employee no longer eligible, or an opportunity already closed, gets none.
 */
@ApplicationScoped
public class OpportunityLetters implements LetterKind {

    public static final String KIND = "OPPORTUNITY_POSTED";

    /** What the template shows. */
    @TemplateData
    public record View(String opportunityId, String department, String date, String employeeName, String title,
                       String kind, String classTitle, String description, String opensOn, String closesOn,
                       String eligibilityNotes, String contact) {
    }

    private final OpportunityRepository opportunities;
    private final EmployeeRepository employees;
    private final ClassificationCopyRepository classes;
    private final ProgramSettingsRepository programs;
    private final Today today;
    private final Template text;

    public OpportunityLetters(OpportunityRepository opportunities, EmployeeRepository employees,
                              ClassificationCopyRepository classes, ProgramSettingsRepository programs, Today today,
                              @Location("letters/opportunity.txt") Template text) {
        this.opportunities = opportunities;
        this.employees = employees;
        this.classes = classes;
        this.programs = programs;
        this.today = today;
        this.text = text;
    }

    /** The outbox subjects of an opportunity's letters: one per employee. */
    static List<String> subjects(Opportunity o, Collection<String> employeeIds) {
        return employeeIds.stream().map(id -> o.opportunityId + ":" + id).toList();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Composed compose(String subjectId) {
        int colon = subjectId.indexOf(':');
        Opportunity o = opportunities.findById(UUID.fromString(subjectId.substring(0, colon)));
        Employee e = employees.findById(subjectId.substring(colon + 1));
        LocalDate day = today.date();
        if (o == null || o.closesOn.isBefore(day)) {
            return Composed.skip("the opportunity closed before its announcement went out");
        }
        if (e == null || e.status != EmployeeStatus.ACTIVE || e.email == null || e.email.isBlank()
                || e.currentClassCode == null || !classes.findByIdOptional(e.currentClassCode)
                .map(ClassificationCopy::isLpel).orElse(false)) {
            return Composed.skip("the employee is no longer eligible or has no e-mail address");
        }
        String classTitle = o.classCode == null ? null
                : classes.findByIdOptional(o.classCode).map(c -> c.title + " (" + c.classCode + ")")
                .orElse(o.classCode);
        String contact = programs.findByIdOptional(o.department)
                .map(LetterFormats::contact).orElse(null);
        var dates = LetterFormats.LONG_DATE;
        View v = new View(o.opportunityId.toString(), o.department, dates.format(day), e.name, o.title, label(o),
                classTitle, o.description, dates.format(o.opensOn), dates.format(o.closesOn), o.eligibilityNotes,
                contact);
        return Composed.send(new Letter(List.of(e.email), List.of(),
                "Upward Mobility Program: a new opportunity, " + o.title, text.data("v", v).render(), null, null));
    }

    private static String label(Opportunity o) {
        return switch (o.kind) {
            case TRAINING -> "training";
            case TD_ASSIGNMENT -> "training and development assignment";
            case JOB_OPENING -> "job opening";
        };
    }

    /** When the letters may go: the opening day in California, or now when it has opened. */
    static java.time.Instant notBefore(Opportunity o, LocalDate today) {
        return o.opensOn.isAfter(today) ? o.opensOn.atStartOfDay(Timestamps.CALIFORNIA).toInstant() : null;
    }
}
