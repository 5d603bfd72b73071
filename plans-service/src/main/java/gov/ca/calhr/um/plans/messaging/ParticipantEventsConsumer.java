package gov.ca.calhr.um.plans.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.plans.domain.ParticipantCopy;
import gov.ca.calhr.um.plans.repository.ParticipantCopyRepository;
import gov.ca.calhr.um.plans.service.PlanWorkflow;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Keeps plans-service's copy of the participants from participants-service's
 * {@code participants.participant.v1} (newest wins, {@link Projection}) and ends a participant's plan
 * when the participation ends: completed on promotion, closed on withdrawal or separation. A status
 * older than the one kept changes nothing, so a late event cannot reopen what a newer one ended.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    /** The fields of ParticipantStatusChanged v1 this service uses. */
    record ParticipantStatusChanged(String participantId, String employeeId, String department,
                                    String supervisorId, String targetClassCode, String previousStatus,
                                    String status, String reason, boolean followsPlan) {
    }

    private final Projection projection;
    private final ParticipantCopyRepository participants;
    private final PlanWorkflow workflow;

    public ParticipantEventsConsumer(Projection projection, ParticipantCopyRepository participants,
                                     PlanWorkflow workflow) {
        this.projection = projection;
        this.participants = participants;
        this.workflow = workflow;
    }

    @Incoming("participant-events")
    @Blocking
    public void participant(String payload) {
        projection.apply("plans.participant-view", payload, "ParticipantStatusChanged",
                ParticipantStatusChanged.class, event -> {
                    ParticipantStatusChanged data = event.data();
                    UUID id = UUID.fromString(data.participantId());
                    ParticipantCopy copy = participants.findByIdOptional(id).orElseGet(ParticipantCopy::new);
                    if (!event.supersedes(copy.updatedAt)) {
                        return;
                    }
                    copy.participantId = id;
                    copy.employeeId = data.employeeId();
                    copy.department = data.department();
                    copy.supervisorId = data.supervisorId();
                    copy.targetClassCode = data.targetClassCode();
                    copy.status = data.status();
                    copy.updatedAt = event.at();
                    participants.persist(copy);
                    workflow.participationChanged(id, data.previousStatus(), data.status(), data.reason(),
                            data.followsPlan(), "event:ParticipantStatusChanged:" + event.id());
                });
    }
}
