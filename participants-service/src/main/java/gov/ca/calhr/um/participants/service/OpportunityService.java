package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.error.ConflictWithState;
import gov.ca.calhr.um.commons.error.InvalidInput;
import gov.ca.calhr.um.commons.error.NotAllowed;
import gov.ca.calhr.um.commons.error.NotFound;
import gov.ca.calhr.um.commons.error.UnknownReference;
import gov.ca.calhr.um.commons.mail.MailOutbox;
import gov.ca.calhr.um.commons.rest.Page;
import gov.ca.calhr.um.commons.security.CurrentCaller;
import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.commons.time.Today;
import gov.ca.calhr.um.participants.domain.ClassificationCopy;
import gov.ca.calhr.um.participants.domain.Opportunity;
import gov.ca.calhr.um.participants.domain.OpportunityKind;
import gov.ca.calhr.um.participants.domain.OpportunityStatus;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.ClassificationCopyRepository;
import gov.ca.calhr.um.participants.repository.EmployeeRepository;
import gov.ca.calhr.um.participants.repository.OpportunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Training activities, T&D assignments and job openings in UM classes, announced to every
 * potentially interested employee of the department for their open period.
 */
@ApplicationScoped
public class OpportunityService {

    public record NewOpportunity(OpportunityKind kind, String title, String description, String classCode,
                                 LocalDate opensOn, LocalDate closesOn, String eligibilityNotes) {
    }

    private final OpportunityRepository opportunities;
    private final ClassificationCopyRepository classes;
    private final ParticipantEvents events;
    private final EmployeeRepository employees;
    private final MailOutbox mail;
    private final Today today;

    public OpportunityService(OpportunityRepository opportunities, ClassificationCopyRepository classes,
                              ParticipantEvents events, EmployeeRepository employees, MailOutbox mail, Today today) {
        this.employees = employees;
        this.mail = mail;
        this.today = today;
        this.opportunities = opportunities;
        this.classes = classes;
        this.events = events;
    }

    @Transactional
    public Opportunity post(String department, NewOpportunity n, CurrentCaller caller) {
        requirePoster(department, caller);
        check(n);
        Opportunity o = new Opportunity();
        o.opportunityId = UUID.randomUUID();
        o.department = department.toUpperCase();
        o.kind = n.kind();
        fill(o, n);
        o.postedBy = caller.subject();
        o.postedAt = Timestamps.now();
        o.updatedAt = o.postedAt;
        opportunities.persist(o);
        events.opportunityPosted(o);
        // announced to each eligible employee with an e-mail address, on the day it opens
        mail.enqueueAll(OpportunityLetters.KIND, OpportunityLetters.subjects(o, employees.eligibleWithEmail(o.department)),
                OpportunityLetters.notBefore(o, today.date()));
        return o;
    }

    /** The poster changes what the posting says (its kind stays); the change is announced. */
    @Transactional
    public Opportunity change(UUID opportunityId, NewOpportunity n, CurrentCaller caller) {
        Opportunity o = forChange(opportunityId, caller);
        if (n.kind() != o.kind) {
            throw InvalidInput.field("kind", "stays " + o.kind + ": post a new opportunity of another kind");
        }
        check(n);
        fill(o, n);
        return changed(o, "changed");
    }

    /** A later closing day; the extension is announced. */
    @Transactional
    public Opportunity extend(UUID opportunityId, LocalDate closesOn, CurrentCaller caller) {
        Opportunity o = forChange(opportunityId, caller);
        if (!closesOn.isAfter(o.closesOn)) {
            throw InvalidInput.field("closesOn", "must be after the current closing day (" + o.closesOn + ")");
        }
        o.closesOn = closesOn;
        return changed(o, "extended");
    }

    /** The posting no longer stands; those it was announced to are told why. */
    @Transactional
    public Opportunity cancel(UUID opportunityId, String reason, CurrentCaller caller) {
        Opportunity o = forChange(opportunityId, caller);
        o.status = OpportunityStatus.CANCELLED;
        o.cancelledReason = reason;
        return changed(o, "cancelled");
    }

    private Opportunity forChange(UUID opportunityId, CurrentCaller caller) {
        Opportunity o = visible(opportunities.findByIdOptional(opportunityId, LockModeType.PESSIMISTIC_WRITE),
                opportunityId, caller);
        requirePoster(o.department, caller);
        if (o.status == OpportunityStatus.CANCELLED) {
            throw new ConflictWithState("opportunity " + opportunityId + " was cancelled");
        }
        return o;
    }

    /** A new version, announced; the eligible employees are told once it has opened (before, its letter says it all). */
    private Opportunity changed(Opportunity o, String what) {
        o.version++;
        o.updatedAt = Timestamps.now();
        events.opportunityPosted(o);
        if (!o.opensOn.isAfter(today.date()) || o.status == OpportunityStatus.CANCELLED) {
            mail.enqueueAll(OpportunityLetters.KIND,
                    OpportunityLetters.changeSubjects(o, employees.eligibleWithEmail(o.department)));
        }
        return o;
    }

    private void check(NewOpportunity n) {
        if (n.closesOn().isBefore(n.opensOn())) {
            throw InvalidInput.field("closesOn", "must not be before opensOn (" + n.opensOn() + ")");
        }
        if (n.kind() == OpportunityKind.JOB_OPENING && n.classCode() == null) {
            throw InvalidInput.field("classCode", "is required for a job opening");
        }
        if (n.classCode() != null) {
            ClassificationCopy c = classes.findByIdOptional(n.classCode()).orElseThrow(() ->
                    new UnknownReference("classCode", "unknown class code " + n.classCode()));
            if (n.kind() == OpportunityKind.JOB_OPENING && !c.isEltpa() && !ClassificationCopy.BRIDGING.equals(c.umCategory)) {
                throw new UnknownReference("classCode", "a UM job opening is in an ELTPA or bridging class; "
                        + n.classCode() + " is " + c.umCategory);
            }
        }
    }

    private static void fill(Opportunity o, NewOpportunity n) {
        o.title = n.title();
        o.description = n.description();
        o.classCode = n.classCode();
        o.opensOn = n.opensOn();
        o.closesOn = n.closesOn();
        o.eligibilityNotes = n.eligibilityNotes();
    }

    /**
     * Opportunities open on {@code openOn}; the coordinator and HR may also list every one posted
     * ({@code openOn} null).
     */
    public Page<Opportunity> list(String department, LocalDate openOn, OpportunityKind kind,
                                          CurrentCaller caller, int page, int size) {
        caller.requireDepartment(department);
        if (openOn == null && !isPoster(department, caller)) {
            throw new NotAllowed("only the UM coordinator and HR list closed opportunities");
        }
        return Page.of(opportunities.inDepartment(department.toUpperCase(), openOn, kind), page, size);
    }

    public Opportunity find(UUID opportunityId, CurrentCaller caller) {
        return visible(opportunities.findByIdOptional(opportunityId), opportunityId, caller);
    }

    /** Only the caller's own department's opportunities exist for them. */
    private static Opportunity visible(Optional<Opportunity> found, UUID opportunityId, CurrentCaller caller) {
        return found.filter(o -> caller.department().map(o.department::equalsIgnoreCase).orElse(false))
                .orElseThrow(() -> new NotFound("no opportunity " + opportunityId + " visible to you"));
    }

    private static boolean isPoster(String department, CurrentCaller caller) {
        return caller.actsFor(Roles.UM_COORDINATOR, department) || caller.actsFor(Roles.HR, department);
    }

    private static void requirePoster(String department, CurrentCaller caller) {
        if (!isPoster(department, caller)) {
            throw new NotAllowed("only the department's UM coordinator and HR post opportunities");
        }
    }
}
