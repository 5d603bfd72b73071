package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.participants.domain.ProgramSettings;
import gov.ca.calhr.um.participants.repository.ProgramSettingsRepository;
import gov.ca.calhr.um.participants.service.WelcomeNotices;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each department's coordinator contact from reporting-service's {@code reporting.program.v1}
 * (DepartmentProgramChanged; the department program is kept there), so that welcome notices name
 * the coordinator and state the department's selection criteria; notices issued before the
 * department named a coordinator are completed and mailed then. Newest wins ({@link Projection}).
 */
@ApplicationScoped
public class DepartmentProgramConsumer {

    /** The fields of DepartmentProgramChanged v1 this service uses. */
    record DepartmentProgramChanged(String department, String coordinatorName, String coordinatorEmail,
                                    String coordinatorPhone, String selectionCriteria) {
    }

    private final Projection projection;
    private final ProgramSettingsRepository settings;
    private final WelcomeNotices notices;

    public DepartmentProgramConsumer(Projection projection, ProgramSettingsRepository settings,
                                     WelcomeNotices notices) {
        this.projection = projection;
        this.settings = settings;
        this.notices = notices;
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
                    s.selectionCriteria = d.selectionCriteria();
                    s.updatedAt = event.at();
                    settings.persist(s);
                    notices.completeAwaitingCoordinator(s);
                });
    }
}
