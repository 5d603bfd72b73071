package gov.ca.calhr.um.plans.messaging;

import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.events.EventInbox;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.plans.domain.ClassificationView;
import gov.ca.calhr.um.plans.domain.ParticipantView;
import gov.ca.calhr.um.plans.repository.ClassificationViewRepository;
import gov.ca.calhr.um.plans.repository.ParticipantViewRepository;
import gov.ca.calhr.um.plans.service.PlanWorkflow;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the catalog and participant read models from classification-service's and
 * participants-service's events, and ends a participant's plan when the participation ends:
 * completed on promotion, closed on withdrawal or separation.
 */
@ApplicationScoped
public class UpstreamEventsConsumer {

    /** The fields of ClassificationUpserted v1 this service uses. */
    record ClassificationUpserted(String classCode, String title, String umCategory) {
    }

    /** The fields of ParticipantStatusChanged v1 this service uses. */
    record ParticipantStatusChanged(String participantId, String employeeId, String department,
                                    String supervisorId, String targetClassCode, String status, String reason) {
    }

    private final EventInbox inbox;
    private final ClassificationViewRepository classes;
    private final ParticipantViewRepository participants;
    private final PlanWorkflow workflow;
    private final TransientFailures failures;

    public UpstreamEventsConsumer(EventInbox inbox, ClassificationViewRepository classes,
                                  ParticipantViewRepository participants, PlanWorkflow workflow,
                                  TransientFailures failures) {
        this.inbox = inbox;
        this.classes = classes;
        this.participants = participants;
        this.workflow = workflow;
        this.failures = failures;
    }

    @Incoming("classification-events")
    @Blocking
    public void classification(String payload) {
        failures.inTransaction(() -> {
            inbox.accept("plans.classification-view", payload)
                    .filter(event -> "ClassificationUpserted".equals(event.type()))
                    .ifPresent(event -> {
                        ClassificationUpserted data = inbox.data(event, ClassificationUpserted.class);
                        ClassificationView view = classes.findByIdOptional(data.classCode())
                                .orElseGet(ClassificationView::new);
                        view.classCode = data.classCode();
                        view.title = data.title();
                        view.umCategory = data.umCategory();
                        view.updatedAt = at(event);
                        classes.persist(view);
                    });
        });
    }

    @Incoming("participant-events")
    @Blocking
    public void participant(String payload) {
        failures.inTransaction(() -> {
            inbox.accept("plans.participant-view", payload)
                    .filter(event -> "ParticipantStatusChanged".equals(event.type()))
                    .ifPresent(event -> {
                        ParticipantStatusChanged data = inbox.data(event, ParticipantStatusChanged.class);
                        UUID id = UUID.fromString(data.participantId());
                        ParticipantView view = participants.findByIdOptional(id).orElseGet(ParticipantView::new);
                        view.participantId = id;
                        view.employeeId = data.employeeId();
                        view.department = data.department();
                        view.supervisorId = data.supervisorId();
                        view.targetClassCode = data.targetClassCode();
                        view.status = data.status();
                        view.updatedAt = at(event);
                        participants.persist(view);
                        workflow.participationChanged(id, data.status(), data.reason(),
                                "event:ParticipantStatusChanged:" + event.id());
                    });
        });
    }

    private static Instant at(EventEnvelope event) {
        return event.time() != null ? event.time() : Timestamps.now();
    }
}
