package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.EventInbox;
import gov.ca.calhr.um.reporting.domain.EligibilityChange;
import gov.ca.calhr.um.reporting.repository.EligibilityChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.time.LocalDate;

/** Records eligibility changes from participants-service's PersonnelActionApplied events. */
@ApplicationScoped
public class EmployeeEventsConsumer {

    static final String CONSUMER = "reporting.eligibility";

    /** The fields of PersonnelActionApplied v1 this service uses. */
    record PersonnelActionApplied(String actionId, String employeeId, String department, LocalDate effectiveDate,
                                  boolean lpelEligible) {
    }

    private final EventInbox inbox;
    private final EligibilityChangeRepository changes;

    public EmployeeEventsConsumer(EventInbox inbox, EligibilityChangeRepository changes) {
        this.inbox = inbox;
        this.changes = changes;
    }

    @Incoming("employee-events")
    @Transactional
    public void consume(String payload) {
        inbox.accept(CONSUMER, payload)
                .filter(event -> "PersonnelActionApplied".equals(event.type()))
                .map(event -> inbox.data(event, PersonnelActionApplied.class))
                // the same action announced under a second event id is still one change
                .filter(applied -> changes.findById(applied.actionId()) == null)
                .ifPresent(this::record);
    }

    private void record(PersonnelActionApplied applied) {
        EligibilityChange change = new EligibilityChange();
        change.actionId = applied.actionId();
        change.employeeId = applied.employeeId();
        change.department = applied.department();
        change.effectiveDate = applied.effectiveDate();
        change.lpelEligible = applied.lpelEligible();
        change.recordedAt = Instant.now();
        changes.persist(change);
    }
}
