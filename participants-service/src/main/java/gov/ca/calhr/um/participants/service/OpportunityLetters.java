package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.mail.Letter;
import gov.ca.calhr.um.commons.mail.LetterKind;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.Employee;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.domain.OpportunityStatus;
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

    /** What the change letter shows. */
    @TemplateData
    public record ChangeView(String opportunityId, int version, String department, String date,
                             String employeeName, String title, String kind, String classTitle, String change,
                             boolean cancelled, String cancelledReason, String opensOn, String closesOn,
                             String eligibilityNotes, String contact) {
    }

    /** What the announcement shows. */
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
    private final Template changeText;

    public OpportunityLetters(OpportunityRepository opportunities, EmployeeRepository employees,
                              ClassificationCopyRepository classes, ProgramSettingsRepository programs, Today today,
                              @Location("letters/opportunity.txt") Template text,
                              @Location("letters/opportunity-change.txt") Template changeText) {
        this.changeText = changeText;
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

    /** The subjects of the letters telling the employees of a change: one per employee and version. */
    static List<String> changeSubjects(Opportunity o, Collection<String> employeeIds) {
        return employeeIds.stream().map(id -> o.opportunityId + ":" + id + ":v" + o.version).toList();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Composed compose(String subjectId) {
        String[] parts = subjectId.split(":");
        Opportunity o = opportunities.findById(UUID.fromString(parts[0]));
        Employee e = employees.findById(parts[1]);
        LocalDate day = today.date();
        if (parts.length == 3) {
            return change(o, e, Integer.parseInt(parts[2].substring(1)), day);
        }
        if (o == null || o.closesOn.isBefore(day)) {
            return Composed.skip("the opportunity closed before its announcement went out");
        }
        if (o.status == OpportunityStatus.CANCELLED) {
            return Composed.skip("the opportunity was cancelled before its announcement went out");
        }
        if (e == null || e.email == null || e.email.isBlank() || e.currentClassCode == null
                || !e.eligibleIn(classes.findById(e.currentClassCode))) {
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

    /** The letter of one change (version): skipped when a newer change came first, its letter says it all. */
    private Composed change(Opportunity o, Employee e, int version, LocalDate day) {
        if (o == null || o.version != version) {
            return Composed.skip("a newer change of the opportunity came first");
        }
        if (e == null || e.email == null || e.email.isBlank()) {
            return Composed.skip("no e-mail address on record");
        }
        boolean cancelled = o.status == OpportunityStatus.CANCELLED;
        String classTitle = o.classCode == null ? null
                : classes.findByIdOptional(o.classCode).map(c -> c.title + " (" + c.classCode + ")").orElse(o.classCode);
        String contact = programs.findByIdOptional(o.department).map(LetterFormats::contact).orElse(null);
        var dates = LetterFormats.LONG_DATE;
        ChangeView v = new ChangeView(o.opportunityId.toString(), o.version, o.department, dates.format(day), e.name,
                o.title, label(o), classTitle, "changed", cancelled, o.cancelledReason, dates.format(o.opensOn),
                dates.format(o.closesOn), o.eligibilityNotes, contact);
        String subject = "Upward Mobility Program: " + (cancelled ? "cancelled" : "changed") + ", " + o.title;
        return Composed.send(new Letter(List.of(e.email), List.of(), subject, changeText.data("v", v).render(),
                null, null));
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
