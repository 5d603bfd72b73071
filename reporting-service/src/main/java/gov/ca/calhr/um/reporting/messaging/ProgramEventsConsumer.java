package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.events.EventInbox;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.domain.ParticipantFact;
import gov.ca.calhr.um.reporting.domain.PlanFact;
import gov.ca.calhr.um.reporting.domain.SpendFact;
import gov.ca.calhr.um.reporting.domain.TdFact;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.ParticipantFactRepository;
import gov.ca.calhr.um.reporting.repository.PlanFactRepository;
import gov.ca.calhr.um.reporting.repository.SpendFactRepository;
import gov.ca.calhr.um.reporting.repository.TdFactRepository;
import gov.ca.calhr.um.reporting.service.ReportCache;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the participant, plan, spend and T&D facts the reports count, from participants-service's and
 * plans-service's events. Each fact holds the latest state its events announced: an older event
 * arriving after a newer one (by event time) changes nothing, nor does a redelivered one.
 */
@ApplicationScoped
public class ProgramEventsConsumer {

    /** The fields of ParticipantStatusChanged v1 this service uses. */
    record ParticipantStatusChanged(String participantId, String employeeId, String department,
                                    String targetClassCode, String previousStatus, String status,
                                    LocalDate effectiveDate) {
    }

    /** The fields of PlanStatusChanged v1 this service uses. */
    record PlanStatusChanged(String planId, String participantId, String employeeId, String department,
                             String targetClassCode, LocalDate targetDate, String status) {
    }

    /** The fields of TrainingSpendRecorded v1 this service uses. */
    record TrainingSpendRecorded(String activityId, String department, String fiscalYear, String trainingCategory,
                                 BigDecimal amount) {
    }

    /** The fields of TdAssignmentRecorded v1 this service uses. */
    record TdAssignmentRecorded(String assignmentId, String employeeId, String department, LocalDate startDate,
                                LocalDate endDate, BigDecimal timeBaseFraction, String status) {
    }

    private final EventInbox inbox;
    private final ParticipantFactRepository participants;
    private final FigureDeltaRepository figures;
    private final PlanFactRepository plans;
    private final SpendFactRepository spend;
    private final TdFactRepository tdAssignments;
    private final TransientFailures failures;
    private final ReportCache cache;

    public ProgramEventsConsumer(EventInbox inbox, ParticipantFactRepository participants,
                                 FigureDeltaRepository figures, PlanFactRepository plans,
                                 SpendFactRepository spend, TdFactRepository tdAssignments,
                                 TransientFailures failures, ReportCache cache) {
        this.inbox = inbox;
        this.participants = participants;
        this.figures = figures;
        this.plans = plans;
        this.spend = spend;
        this.tdAssignments = tdAssignments;
        this.failures = failures;
        this.cache = cache;
    }

    @Incoming("participant-events")
    @Blocking
    public void participant(String payload) {
        failures.inTransaction(() -> {
            inbox.accept("reporting.participants", payload)
                    .filter(event -> "ParticipantStatusChanged".equals(event.type()))
                    .ifPresent(event -> {
                        ParticipantStatusChanged d = inbox.data(event, ParticipantStatusChanged.class);
                        UUID id = UUID.fromString(d.participantId());
                        // every status is kept (a fiscal year counts by the status at its end), the latest on the
                        // fact; the years the participant counts in follow
                        List<FigureRuns.StatusChange> changes = new ArrayList<>(figures.statusChanges(id));
                        List<FigureRuns.Run> before = FigureRuns.participation(changes);
                        if (participants.recordStatus(event.id(), id, d.department(), d.previousStatus(), d.status(),
                                d.effectiveDate(), at(event))) {
                            changes.add(new FigureRuns.StatusChange(d.department(), d.previousStatus(), d.status(),
                                    d.effectiveDate(), at(event), event.id()));
                            figures.apply(FigureRuns.deltas(before, FigureRuns.participation(changes)));
                        }
                        ParticipantFact f = participants.findById(id);
                        if (f != null && f.updatedAt.isAfter(at(event))) {
                            return;
                        }
                        if (f == null) {
                            f = new ParticipantFact();
                            f.participantId = id;
                        }
                        f.employeeId = d.employeeId();
                        f.department = d.department();
                        f.targetClassCode = d.targetClassCode();
                        f.status = d.status();
                        f.since = d.effectiveDate();
                        f.updatedAt = at(event);
                        participants.persist(f);
                    });
        });
        cache.changed();
    }

    @Incoming("plan-events")
    @Blocking
    public void plan(String payload) {
        failures.inTransaction(() -> {
            inbox.accept("reporting.plans", payload)
                    .filter(event -> "PlanStatusChanged".equals(event.type()))
                    .ifPresent(event -> {
                        PlanStatusChanged d = inbox.data(event, PlanStatusChanged.class);
                        UUID id = UUID.fromString(d.planId());
                        PlanFact f = plans.findById(id);
                        if (f != null && f.updatedAt.isAfter(at(event))) {
                            return;
                        }
                        if (f == null) {
                            f = new PlanFact();
                            f.planId = id;
                        }
                        f.participantId = UUID.fromString(d.participantId());
                        f.employeeId = d.employeeId();
                        f.department = d.department();
                        f.targetClassCode = d.targetClassCode();
                        f.targetDate = d.targetDate();
                        f.status = d.status();
                        f.updatedAt = at(event);
                        plans.persist(f);
                    });
        });
        cache.changed();
    }

    @Incoming("spend-events")
    @Blocking
    public void spend(String payload) {
        failures.inTransaction(() -> {
            inbox.accept("reporting.spend", payload)
                    .filter(event -> "TrainingSpendRecorded".equals(event.type()))
                    .ifPresent(event -> {
                        TrainingSpendRecorded d = inbox.data(event, TrainingSpendRecorded.class);
                        UUID id = UUID.fromString(d.activityId());
                        SpendFact f = spend.findById(id);
                        if (f != null && f.updatedAt.isAfter(at(event))) {
                            return;
                        }
                        if (f == null) {
                            f = new SpendFact();
                            f.activityId = id;
                        }
                        f.department = d.department();
                        f.fiscalYear = d.fiscalYear();
                        f.trainingCategory = d.trainingCategory();
                        f.amount = d.amount();
                        f.updatedAt = at(event);
                        spend.persist(f);
                    });
        });
        cache.changed();
    }

    @Incoming("td-events")
    @Blocking
    public void tdAssignment(String payload) {
        failures.inTransaction(() -> {
            inbox.accept("reporting.td-assignments", payload)
                    .filter(event -> "TdAssignmentRecorded".equals(event.type()))
                    .ifPresent(event -> {
                        TdAssignmentRecorded d = inbox.data(event, TdAssignmentRecorded.class);
                        UUID id = UUID.fromString(d.assignmentId());
                        TdFact f = tdAssignments.findById(id);
                        if (f != null && f.updatedAt.isAfter(at(event))) {
                            return;
                        }
                        if (f == null) {
                            f = new TdFact();
                            f.assignmentId = id;
                        }
                        f.department = d.department();
                        f.employeeId = d.employeeId();
                        f.startDate = d.startDate();
                        f.endDate = d.endDate();
                        f.timeBaseFraction = d.timeBaseFraction();
                        f.status = d.status();
                        f.updatedAt = at(event);
                        tdAssignments.persist(f);
                    });
        });
        cache.changed();
    }

    private static Instant at(EventEnvelope event) {
        return event.time() != null ? event.time() : Timestamps.now();
    }
}
