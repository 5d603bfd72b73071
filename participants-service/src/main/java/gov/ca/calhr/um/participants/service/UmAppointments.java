package gov.ca.calhr.um.participants.service;

import gov.ca.calhr.um.commons.security.Roles;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.EmployeeStatus;
import gov.ca.calhr.um.participants.domain.Participant;
import gov.ca.calhr.um.participants.domain.ParticipantStatus;
import gov.ca.calhr.um.participants.domain.ParticipantStatusChange;
import gov.ca.calhr.um.participants.domain.UmAppointment;
import gov.ca.calhr.um.participants.domain.timeline.ActionEffect;
import gov.ca.calhr.um.participants.domain.timeline.Period;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.domain.timeline.UmMove;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.repository.ParticipantRepository;
import gov.ca.calhr.um.participants.repository.ParticipantStatusChangeRepository;
import gov.ca.calhr.um.participants.repository.UmAppointmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The UM appointments a changed timeline shows, and what they end: a participation ends in
 * promotion to an ELTPA class or in separation (CalHR UM Guidelines). An appointment that is no
 * longer on the record (cancelled, or a late action shows it was no UM move) is revoked and
 * announced; a participation it had ended is reinstated.
 */
@ApplicationScoped
public class UmAppointments {

    private static final String CAUSE = "personnel-action:";

    private final UmAppointmentRepository appointments;
    private final ParticipantRepository participantRecords;
    private final ParticipantStatusChangeRepository statusChanges;
    private final ParticipantService participants;
    private final ApplicationLifecycle applications;
    private final ParticipantEvents events;

    public UmAppointments(UmAppointmentRepository appointments, ParticipantRepository participantRecords,
                          ParticipantStatusChangeRepository statusChanges, ParticipantService participants,
                          ApplicationLifecycle applications, ParticipantEvents events) {
        this.appointments = appointments;
        this.participantRecords = participantRecords;
        this.statusChanges = statusChanges;
        this.participants = participants;
        this.applications = applications;
        this.events = events;
    }

    /**
     * @param current      the employee's current participation, locked, or null
     * @param wasSeparated the registry showed the employee separated before this change
     * @param openApplications the employee has applications awaiting a decision (a separation ends them)
     * @return the employee's UM appointments now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UmAppointment> reconcile(String employeeId, Timeline timeline, List<UmAppointment> existing,
                                         Participant current, boolean wasSeparated, boolean openApplications) {
        Map<UmMove.Key, UmAppointment> stored = new HashMap<>();
        existing.forEach(a -> stored.put(new UmMove.Key(a.effectiveDate, a.toClassCode), a));
        Map<UmMove.Key, UmAppointment> now = new HashMap<>();
        boolean revoked = false;
        List<UmAppointment> recorded = new ArrayList<>();
        for (UmMove move : timeline.umAppointments()) {
            UmAppointment a = stored.remove(move.key());
            if (a == null) {
                a = record(employeeId, move, null);
                recorded.add(a);
            } else if (!a.actionId.equals(move.actionId()) || !a.fromClassCode.equals(move.fromClassCode())
                    || !a.department.equals(move.department())) {
                // the same move, now reported first by another action (or from another class of record)
                appointments.delete(a);
                appointments.flush();
                a = record(employeeId, move, a.participantId);
            }
            now.put(move.key(), a);
        }
        for (UmAppointment gone : stored.values()) {
            appointments.delete(gone);
            events.umAppointmentRevoked(gone, "no longer on the employee's record: the personnel action was "
                    + "cancelled or an earlier action shows the move was not from an LPEL or bridging class");
            revoked = true;
        }
        Optional<Period> today = timeline.current();
        boolean separated = today.map(p -> p.status() == EmployeeStatus.SEPARATED).orElse(false);
        boolean corrected = revoked || timeline.effects().stream()
                .anyMatch(e -> e.disposition() == ActionEffect.Disposition.CANCELLED);
        if (current != null) {
            end(current, timeline, now);
        } else if (corrected) {
            reinstateIfItsCauseIsGone(employeeId, timeline);
        }
        // announced once it is known whether the appointment ended a participation
        recorded.forEach(events::umAppointment);
        if (separated && !wasSeparated && openApplications) {
            applications.employeeSeparated(employeeId, lastSeparation(timeline).map(ActionEffect::actionId)
                    .orElse(today.get().actionId()));
        }
        List<UmAppointment> result = new ArrayList<>(now.values());
        result.sort(Comparator.comparing((UmAppointment a) -> a.effectiveDate).thenComparing(a -> a.toClassCode));
        return result;
    }

    private UmAppointment record(String employeeId, UmMove move, UUID participantId) {
        UmAppointment a = new UmAppointment();
        a.actionId = move.actionId();
        a.employeeId = employeeId;
        a.department = move.department();
        a.fromClassCode = move.fromClassCode();
        a.toClassCode = move.toClassCode();
        a.effectiveDate = move.effectiveDate();
        a.participantId = participantId;
        a.recordedAt = Timestamps.now();
        appointments.persist(a);
        return a;
    }

    /**
     * The first end the timeline shows on or after the participation began: a UM appointment ends it
     * in promotion, a separation in separation (even if the employee was later rehired).
     */
    private void end(Participant p, Timeline timeline, Map<UmMove.Key, UmAppointment> now) {
        LocalDate start = statusChanges.startOf(p.participantId);
        Optional<UmMove> promotion = timeline.umAppointments().stream()
                .filter(m -> start == null || !m.effectiveDate().isBefore(start)).findFirst();
        Optional<ActionEffect> separation = timeline.effects().stream()
                .filter(e -> e.disposition() == ActionEffect.Disposition.APPLIED
                        && e.statusAfter() == EmployeeStatus.SEPARATED && e.statusBefore() != EmployeeStatus.SEPARATED
                        && (start == null || !e.effectiveDate().isBefore(start)))
                .findFirst();
        if (promotion.isPresent() && (separation.isEmpty()
                || !promotion.get().effectiveDate().isAfter(separation.get().effectiveDate()))) {
            UmMove m = promotion.get();
            now.get(m.key()).participantId = p.participantId;
            participants.changeStatus(p, ParticipantStatus.PROMOTED, "appointed to ELTPA class " + m.toClassCode(),
                    m.effectiveDate(), Roles.HR_SYSTEM, CAUSE + m.actionId());
        } else if (separation.isPresent()) {
            ActionEffect s = separation.get();
            participants.changeStatus(p, ParticipantStatus.SEPARATED, "separated from state service",
                    s.effectiveDate(), Roles.HR_SYSTEM, CAUSE + s.actionId());
        }
    }

    /** The latest separation in effect. */
    private static Optional<ActionEffect> lastSeparation(Timeline timeline) {
        return timeline.effects().stream()
                .filter(e -> e.disposition() == ActionEffect.Disposition.APPLIED
                        && e.statusAfter() == EmployeeStatus.SEPARATED)
                .reduce((first, second) -> second);
    }

    /**
     * A participation that a personnel action ended comes back when the timeline no longer shows
     * that end: the promotion or separation was cancelled or corrected.
     */
    private void reinstateIfItsCauseIsGone(String employeeId, Timeline timeline) {
        Optional<Participant> ended = participantRecords.latestEnded(employeeId)
                .filter(p -> p.status == ParticipantStatus.PROMOTED || p.status == ParticipantStatus.SEPARATED);
        if (ended.isEmpty()) {
            return;
        }
        Participant p = ended.get();
        List<ParticipantStatusChange> history = statusChanges.history(p.participantId);
        String cause = history.isEmpty() ? null : history.get(history.size() - 1).cause;
        if (cause == null || !cause.startsWith(CAUSE)) {
            return;
        }
        LocalDate start = history.get(0).effectiveDate;
        boolean stillPromoted = timeline.umAppointments().stream()
                .anyMatch(m -> start == null || !m.effectiveDate().isBefore(start));
        String actionId = cause.substring(CAUSE.length());
        boolean separationStands = timeline.effectOf(actionId)
                .map(e -> e.disposition() == ActionEffect.Disposition.APPLIED).orElse(false);
        boolean stillEnded = p.status == ParticipantStatus.PROMOTED ? stillPromoted : separationStands;
        if (!stillEnded) {
            participants.changeStatus(p, ParticipantStatus.ACTIVE, "HR cancelled or corrected the personnel action "
                    + actionId + " that had ended the participation", Timestamps.today(),
                    Roles.HR_SYSTEM, cause);
        }
    }
}
