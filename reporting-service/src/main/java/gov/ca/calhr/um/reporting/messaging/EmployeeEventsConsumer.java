package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.EventInbox;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.reporting.domain.EligibilityChange;
import gov.ca.calhr.um.reporting.domain.UmAppointmentFact;
import gov.ca.calhr.um.reporting.repository.EligibilityChangeRepository;
import gov.ca.calhr.um.reporting.repository.UmAppointmentFactRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Records eligibility changes from participants-service's PersonnelActionApplied events and UM
 * appointments from its UmAppointmentRecorded events.
 */
@ApplicationScoped
public class EmployeeEventsConsumer {

    static final String CONSUMER = "reporting.eligibility";

    /** The fields of PersonnelActionApplied v1 this service uses. */
    record PersonnelActionApplied(String actionId, String employeeId, String department, LocalDate effectiveDate,
                                  String toClassCode, boolean lpelEligible) {
    }

    /** The fields of UmAppointmentRecorded v1 this service uses. */
    record UmAppointmentRecorded(String actionId, String employeeId, String department, String fromClassCode,
                                 String toClassCode, LocalDate effectiveDate, boolean participant) {
    }

    private final EventInbox inbox;
    private final EligibilityChangeRepository changes;
    private final UmAppointmentFactRepository appointments;
    private final TransientFailures failures;

    public EmployeeEventsConsumer(EventInbox inbox, EligibilityChangeRepository changes,
                                  UmAppointmentFactRepository appointments, TransientFailures failures) {
        this.inbox = inbox;
        this.changes = changes;
        this.appointments = appointments;
        this.failures = failures;
    }

    @Incoming("employee-events")
    @Blocking
    public void consume(String payload) {
        failures.inTransaction(() -> {
            inbox.accept(CONSUMER, payload).ifPresent(event -> {
                switch (event.type()) {
                    case "PersonnelActionApplied" -> {
                        PersonnelActionApplied applied = inbox.data(event, PersonnelActionApplied.class);
                        // the same action announced under a second event id is still one change
                        if (changes.findById(applied.actionId()) == null) {
                            record(applied);
                        }
                    }
                    case "UmAppointmentRecorded" -> {
                        UmAppointmentRecorded a = inbox.data(event, UmAppointmentRecorded.class);
                        if (appointments.findById(a.actionId()) == null) {
                            UmAppointmentFact fact = new UmAppointmentFact();
                            fact.actionId = a.actionId();
                            fact.employeeId = a.employeeId();
                            fact.department = a.department();
                            fact.fromClassCode = a.fromClassCode();
                            fact.toClassCode = a.toClassCode();
                            fact.effectiveDate = a.effectiveDate();
                            fact.participant = a.participant();
                            appointments.persist(fact);
                        }
                    }
                    default -> {
                    }
                }
            });
        });
    }

    private void record(PersonnelActionApplied applied) {
        EligibilityChange change = new EligibilityChange();
        change.actionId = applied.actionId();
        change.employeeId = applied.employeeId();
        change.department = applied.department();
        change.effectiveDate = applied.effectiveDate();
        change.classCode = applied.toClassCode();
        change.lpelEligible = applied.lpelEligible();
        change.recordedAt = Instant.now();
        changes.persist(change);
    }
}
