package gov.ca.calhr.um.participants.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.json.Fingerprints;
import gov.ca.calhr.um.commons.time.Timestamps;
import gov.ca.calhr.um.participants.domain.EmployeeTimeline;
import gov.ca.calhr.um.participants.domain.PersonnelAction;
import gov.ca.calhr.um.participants.domain.UmAppointment;
import gov.ca.calhr.um.participants.domain.timeline.Period;
import gov.ca.calhr.um.participants.domain.timeline.Timeline;
import gov.ca.calhr.um.participants.events.ParticipantEvents;
import gov.ca.calhr.um.participants.events.ParticipantEvents.EligibilityPeriodFact;
import gov.ca.calhr.um.participants.events.ParticipantEvents.EmployeeFactsChanged;
import gov.ca.calhr.um.participants.events.ParticipantEvents.UmAppointmentFact;
import gov.ca.calhr.um.participants.repository.EmployeeTimelineRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Announces the whole of an employee's derived facts as the {@code EmployeeFactsChanged} event,
 * versioned, whenever they changed, and keeps the bookkeeping row behind it (facts hash and
 * version, the day evaluated, the next effective date). Part of {@link EmployeeTimelines}; runs in
 * its caller's transaction.
 */
@ApplicationScoped
public class EmployeeFactsAnnouncer {

    private final EmployeeTimelineRepository books;
    private final ParticipantEvents events;
    private final ObjectMapper mapper;

    public EmployeeFactsAnnouncer(EmployeeTimelineRepository books, ParticipantEvents events, ObjectMapper mapper) {
        this.books = books;
        this.events = events;
        this.mapper = mapper;
    }

    /** The employees' bookkeeping rows, locked, by employeeId (an employee never derived has none). */
    Map<String, EmployeeTimeline> lock(Collection<String> employeeIds) {
        return books.lockedByEmployee(employeeIds);
    }

    /** Announces the whole of the derived facts when they changed, with the next version. */
    void announce(String employeeId, List<PersonnelAction> history, Timeline t, List<UmAppointment> now,
                  EmployeeTimeline book, LocalDate day) {
        Optional<Period> current = t.current();
        String department = current.map(Period::department).orElse(history.get(0).department);
        List<EligibilityPeriodFact> eligibility = t.eligibility().stream()
                .map(p -> new EligibilityPeriodFact(p.department(), p.classCode(), p.from(), p.to())).toList();
        List<UmAppointmentFact> appointments = new ArrayList<>();
        for (UmAppointment a : now) {
            appointments.add(new UmAppointmentFact(a.actionId, a.department, a.fromClassCode, a.toClassCode,
                    a.effectiveDate, a.participantId != null,
                    a.participantId == null ? null : a.participantId.toString()));
        }
        EmployeeFactsChanged facts = new EmployeeFactsChanged(employeeId, 0, department,
                current.map(Period::status).orElse(null), current.map(Period::classCode).orElse(null), eligibility,
                appointments);
        String hash = hash(facts);
        EmployeeTimeline b = book;
        if (b == null) {
            b = new EmployeeTimeline();
            b.employeeId = employeeId;
            b.factsVersion = 0;
        }
        boolean changed = !hash.equals(b.factsHash);
        if (changed) {
            b.factsVersion++;
            b.factsHash = hash;
            events.employeeFactsChanged(new EmployeeFactsChanged(employeeId, b.factsVersion, department,
                    facts.status(), facts.classCode(), eligibility, appointments));
        }
        if (changed || !day.equals(b.evaluatedOn) || !Objects.equals(b.nextEffectiveDate, t.nextEffectiveDate())
                || !department.equals(b.department)) {
            b.department = department;
            b.evaluatedOn = day;
            b.nextEffectiveDate = t.nextEffectiveDate();
            b.updatedAt = Timestamps.now();
        }
        if (book == null) {
            books.persist(b);
        }
    }

    private String hash(EmployeeFactsChanged facts) {
        return Fingerprints.of(mapper, facts);
    }
}
