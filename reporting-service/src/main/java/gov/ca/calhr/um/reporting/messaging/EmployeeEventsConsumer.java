package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.Batches;
import gov.ca.calhr.um.commons.events.DeadLetters;
import gov.ca.calhr.um.commons.events.EventCodec;
import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.commons.trace.EventTraces;
import gov.ca.calhr.um.reporting.domain.EmployeeFacts;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.repository.EligibilityPeriodRepository;
import gov.ca.calhr.um.reporting.repository.EmployeeFactsRepository;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.repository.UmAppointmentCopyRepository;
import gov.ca.calhr.um.reporting.service.ReportCache;
import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each employee's eligibility periods and UM appointments from participants-service's
 * EmployeeFactsChanged events: the event carries the whole of the employee's derived facts, so the
 * highest version replaces what is here and an older or repeated one changes nothing (no
 * processed-event log is needed: the version is the idempotency key). Records are taken a poll at
 * a time and applied in one transaction with batched statements. The other events of the topic
 * (PersonnelActionApplied, UmAppointmentRecorded/Revoked) announce single changes that the facts
 * already hold; an unreadable record is dead-lettered alone.
 */
@ApplicationScoped
public class EmployeeEventsConsumer {

    private final EventCodec codec;
    private final EmployeeFactsRepository employees;
    private final EligibilityPeriodRepository periods;
    private final UmAppointmentCopyRepository appointments;
    private final FigureDeltaRepository figures;
    private final TransientFailures failures;
    private final MutinyEmitter<String> deadLetters;
    private final ReportCache cache;

    public EmployeeEventsConsumer(EventCodec codec, EmployeeFactsRepository employees,
                                  EligibilityPeriodRepository periods, UmAppointmentCopyRepository appointments,
                                  FigureDeltaRepository figures, TransientFailures failures,
                                  @Channel("employee-events-dead-letter") MutinyEmitter<String> deadLetters,
                                  ReportCache cache) {
        this.codec = codec;
        this.employees = employees;
        this.periods = periods;
        this.appointments = appointments;
        this.figures = figures;
        this.failures = failures;
        this.deadLetters = deadLetters;
        this.cache = cache;
    }

    private record Received(ConsumerRecord<String, String> record, EmployeeFacts facts) {
    }

    @Incoming("employee-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        // each record's tally is a span of the trace that published it (ended once the poll is applied)
        List<Span> traced = new ArrayList<>(records.count());
        try {
            tally(records, traced);
        } finally {
            traced.forEach(Span::end);
        }
    }

    private void tally(ConsumerRecords<String, String> records, List<Span> traced) {
        // the newest version of each employee's facts in this poll
        Map<String, Received> newest = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            traced.add(EventTraces.consuming(r, "reporting-service"));
            EmployeeFacts f;
            try {
                EventEnvelope event = codec.read(r.value());
                if (!"EmployeeFactsChanged".equals(event.type())) {
                    continue;
                }
                f = codec.data(event, EmployeeFacts.class);
                check(f);
            } catch (RuntimeException e) {
                DeadLetters.send(deadLetters, r, "unreadable employee event: " + e.getClass().getSimpleName()
                        + (e instanceof IllegalArgumentException ? " " + e.getMessage() : ""));
                continue;
            }
            newest.merge(f.employeeId(), new Received(r, f),
                    (a, b) -> a.facts().version() >= b.facts().version() ? a : b);
        }
        Batches.apply(List.copyOf(newest.values()),
                part -> QuarkusTransaction.requiringNew().run(() -> replace(part.stream().map(Received::facts)
                        .toList())),
                (r, failure) -> DeadLetters.send(deadLetters, r.record(), "employee facts not applicable: "
                        + failure.getClass().getSimpleName()), failures);
        cache.changed();
    }

    /** What the tables need of the facts; anything else makes the record unreadable (dead-lettered alone). */
    private static void check(EmployeeFacts f) {
        boolean ok = f.employeeId() != null && f.employeeId().length() <= 40 && f.department() != null
                && f.department().length() <= 20 && f.eligibility() != null && f.umAppointments() != null
                && f.eligibility().stream().allMatch(p -> p != null && p.from() != null && code(p.classCode())
                        && p.department() != null && p.department().length() <= 20)
                && f.umAppointments().stream().allMatch(a -> a != null && a.actionId() != null
                        && a.actionId().length() <= 80 && a.effectiveDate() != null && code(a.fromClassCode())
                        && code(a.toClassCode()) && a.department() != null && a.department().length() <= 20);
        if (!ok) {
            throw new IllegalArgumentException("EmployeeFactsChanged with missing or oversized facts");
        }
    }

    private static boolean code(String classCode) {
        return classCode != null && classCode.length() == 4;
    }

    /** For each employee whose version here is older: the facts replaced whole, in batched statements. */
    private void replace(List<EmployeeFacts> facts) {
        List<EmployeeFacts> newer = employees.claimNewer(facts, Instant.now());
        if (newer.isEmpty()) {
            return;
        }
        List<String> ids = newer.stream().map(EmployeeFacts::employeeId).toList();
        // what the replaced facts counted toward, taken back; what the new ones count, added
        Map<String, List<FigureRuns.Period>> oldPeriods = periods.removeOfEmployees(ids);
        List<FigureRuns.Run> before = new ArrayList<>(FigureRuns.appointments(appointments.removeOfEmployees(ids)));
        oldPeriods.values().forEach(p -> before.addAll(FigureRuns.eligibility(p)));
        List<FigureRuns.Run> after = new ArrayList<>();
        newer.forEach(f -> after.addAll(f.runs()));
        figures.apply(FigureRuns.deltas(before, after));
        periods.insert(newer);
        appointments.insert(newer);
    }
}
