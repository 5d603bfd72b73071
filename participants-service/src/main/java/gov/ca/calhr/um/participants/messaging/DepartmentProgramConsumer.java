package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each department's coordinator contact from reporting-service's {@code reporting.program.v1}
 * (DepartmentProgramChanged; the department program is kept there), so that welcome notices name
 * the coordinator. Newest wins ({@link Projection}).
 */
@ApplicationScoped
public class DepartmentProgramConsumer {

    /** The fields of DepartmentProgramChanged v1 this service uses. */
    record DepartmentProgramChanged(String department, String coordinatorName, String coordinatorEmail,
                                    String coordinatorPhone) {
    }

    private final Projection projection;
    private final ProgramSettingsRepository settings;

    public DepartmentProgramConsumer(Projection projection, ProgramSettingsRepository settings) {
        this.projection = projection;
        this.settings = settings;
    }

    @Incoming("program-events")
    @Blocking
    public void consume(String payload) {
        projection.apply("participants.program-settings", payload, "DepartmentProgramChanged",
                DepartmentProgramChanged.class, event -> {
                    DepartmentProgramChanged d = event.data();
                    ProgramSettings s = settings.findByIdOptional(d.department()).orElseGet(ProgramSettings::new);
                    if (!event.supersedes(s.updatedAt)) {
                        return;
                    }
                    s.department = d.department();
                    s.coordinatorName = d.coordinatorName();
                    s.coordinatorEmail = d.coordinatorEmail();
                    s.coordinatorPhone = d.coordinatorPhone();
                    s.updatedAt = event.at();
                    settings.persist(s);
                });
    }
}
