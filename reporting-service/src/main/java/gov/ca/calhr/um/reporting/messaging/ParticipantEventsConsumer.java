package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.Projection;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.domain.ParticipantCopy;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.ParticipantCopyRepository;
import gov.ca.calhr.um.reporting.service.ReportCache;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
/**
 * Keeps the participant facts the reports count, from participants-service's
 * {@code participants.participant.v1}: every status a participation had (a fiscal year counts by the
 * status at its end) and the latest on the fact, newest wins ({@link Projection}).
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    /** The fields of ParticipantStatusChanged v1 this service uses. */
    record ParticipantStatusChanged(String participantId, String employeeId, String department,
                                    String targetClassCode, String previousStatus, String status,
                                    LocalDate effectiveDate) {
    }

    private final Projection projection;
    private final ParticipantCopyRepository participants;
    private final FigureDeltaRepository figures;
    private final ReportCache cache;

    public ParticipantEventsConsumer(Projection projection, ParticipantCopyRepository participants,
                                     FigureDeltaRepository figures, ReportCache cache) {
        this.projection = projection;
        this.participants = participants;
        this.figures = figures;
        this.cache = cache;
    }

    @Incoming("participant-events")
    @Blocking
    public void participant(String payload) {
        projection.apply("reporting.participants", payload, "ParticipantStatusChanged",
                ParticipantStatusChanged.class, event -> {
            ParticipantStatusChanged d = event.data();
            UUID id = UUID.fromString(d.participantId());
            // every status is kept (a fiscal year counts by the status at its end), the latest on the
            // fact; the years the participant counts in follow
            List<FigureRuns.StatusChange> changes = new ArrayList<>(figures.statusChanges(id));
            List<FigureRuns.Run> before = FigureRuns.participation(changes);
            if (participants.recordStatus(event.id(), id, d.department(), d.previousStatus(), d.status(),
                    d.effectiveDate(), event.at())) {
                changes.add(new FigureRuns.StatusChange(d.department(), d.previousStatus(), d.status(),
                        d.effectiveDate(), event.at(), event.id()));
                figures.apply(FigureRuns.deltas(before, FigureRuns.participation(changes)));
            }
            ParticipantCopy f = participants.findById(id);
            if (f != null && !event.supersedes(f.updatedAt)) {
                return;
            }
            if (f == null) {
                f = new ParticipantCopy();
                f.participantId = id;
            }
            f.employeeId = d.employeeId();
            f.department = d.department();
            f.targetClassCode = d.targetClassCode();
            f.status = d.status();
            f.since = d.effectiveDate();
            f.updatedAt = event.at();
            participants.persist(f);
        });
        cache.changed();
    }
}
