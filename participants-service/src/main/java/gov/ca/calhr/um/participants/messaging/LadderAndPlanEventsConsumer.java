package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.participants.domain.CareerStepCopy;
import gov.ca.calhr.um.participants.domain.PlanCopy;
import gov.ca.calhr.um.participants.repository.CareerStepCopyRepository;
import gov.ca.calhr.um.participants.repository.PlanCopyRepository;
import gov.ca.calhr.um.participants.service.CareerLadderCache;
import gov.ca.calhr.um.participants.service.ParticipantService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps what an employee's path is answered from besides this service's own facts: the career
 * ladders ({@code classification.career-ladder.v1}, CareerStepChanged) and each employee's plan
 * ({@code plans.plan.v1}, PlanStatusChanged). Newest wins ({@link Projection}). A plan the
 * coordinator suspends or reinstates takes its participation with it.
 */
@ApplicationScoped
public class LadderAndPlanEventsConsumer {

    /** The fields of CareerStepChanged v1 this service uses. */
    record CareerStepChanged(String fromClassCode, String toClassCode, String kind, String note, boolean removed,
                             String department) {
    }

    /** The fields of PlanStatusChanged v1 this service uses. */
    record PlanStatusChanged(String planId, String participantId, String employeeId, String department,
                             String targetClassCode, LocalDate targetDate, String previousStatus, String status,
                             String reason, Integer revision, boolean followsParticipation) {
    }

    private final Projection projection;
    private final CareerStepCopyRepository steps;
    private final PlanCopyRepository plans;
    private final CareerLadderCache ladders;
    private final ParticipantService participants;

    public LadderAndPlanEventsConsumer(Projection projection, CareerStepCopyRepository steps, PlanCopyRepository plans,
                                       CareerLadderCache ladders, ParticipantService participants) {
        this.participants = participants;
        this.projection = projection;
        this.steps = steps;
        this.plans = plans;
        this.ladders = ladders;
    }

    @Incoming("ladder-events")
    @Blocking
    public void step(String payload) {
        projection.apply("participants.career-ladders", payload, "CareerStepChanged", CareerStepChanged.class,
                event -> {
                    CareerStepChanged d = event.data();
                    String ladder = d.department() == null ? CareerStepCopy.STATEWIDE : d.department();
                    CareerStepCopy s = steps.findByIdOptional(new CareerStepCopy.Key(ladder, d.fromClassCode(),
                            d.toClassCode())).orElseGet(CareerStepCopy::new);
                    if (!event.supersedes(s.updatedAt)) {
                        return;
                    }
                    s.ladder = ladder;
                    s.fromClass = d.fromClassCode();
                    s.toClass = d.toClassCode();
                    s.kind = d.kind();
                    s.note = d.note();
                    s.removed = d.removed();
                    s.updatedAt = event.at();
                    steps.persist(s);
                    ladders.changed();
                });
    }

    @Incoming("plan-events")
    @Blocking
    public void plan(String payload) {
        projection.apply("participants.plans", payload, "PlanStatusChanged", PlanStatusChanged.class, event -> {
            PlanStatusChanged d = event.data();
            UUID id = UUID.fromString(d.planId());
            PlanCopy p = plans.findByIdOptional(id).orElseGet(PlanCopy::new);
            if (!event.supersedes(p.updatedAt)) {
                return;
            }
            p.planId = id;
            p.participantId = d.participantId() == null ? null : UUID.fromString(d.participantId());
            p.revision = d.revision() == null ? 1 : d.revision();
            p.employeeId = d.employeeId();
            p.department = d.department();
            p.targetClassCode = d.targetClassCode();
            p.targetDate = d.targetDate();
            p.status = d.status();
            p.updatedAt = event.at();
            plans.persist(p);
            if (p.participantId != null && !d.followsParticipation()) {
                participants.planChanged(p.participantId, d.previousStatus(), d.status(), d.reason(),
                        "event:PlanStatusChanged:" + event.id());
            }
        });
    }
}
