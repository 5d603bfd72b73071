package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.events.EventInbox;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each department's coordinator contact from reporting-service's DepartmentProgramChanged
 * events (the department program is kept there), so that welcome notices name the coordinator.
 */
@ApplicationScoped
public class ProgramEventsConsumer {

    /** The fields of DepartmentProgramChanged v1 this service uses. */
    record DepartmentProgramChanged(String department, String coordinatorName, String coordinatorEmail,
                                    String coordinatorPhone) {
    }

    private final EventInbox inbox;
    private final ProgramSettingsRepository settings;
    private final TransientFailures failures;

    public ProgramEventsConsumer(EventInbox inbox, ProgramSettingsRepository settings, TransientFailures failures) {
        this.inbox = inbox;
        this.settings = settings;
        this.failures = failures;
    }

    @Incoming("program-events")
    @Blocking
    public void consume(String payload) {
        failures.inTransaction(() -> {
            inbox.accept("participants.program-settings", payload)
                    .filter(event -> "DepartmentProgramChanged".equals(event.type()))
                    .ifPresent(event -> {
                        DepartmentProgramChanged d = inbox.data(event, DepartmentProgramChanged.class);
                        ProgramSettings s = settings.findByIdOptional(d.department()).orElseGet(ProgramSettings::new);
                        if (s.updatedAt != null && event.time() != null && s.updatedAt.isAfter(event.time())) {
                            return;
                        }
                        s.department = d.department();
                        s.coordinatorName = d.coordinatorName();
                        s.coordinatorEmail = d.coordinatorEmail();
                        s.coordinatorPhone = d.coordinatorPhone();
                        s.updatedAt = event.time() != null ? event.time() : Timestamps.now();
                        settings.persist(s);
                    });
        });
    }
}
