package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.Batches;
import gov.ca.calhr.um.commons.events.DeadLetters;
import gov.ca.calhr.um.commons.events.EventCodec;
import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.reporting.domain.FigureRuns;
import gov.ca.calhr.um.reporting.repository.FigureDeltaRepository;
import gov.ca.calhr.um.reporting.service.ReportCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.Session;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The fields of EmployeeFactsChanged v1 this service uses. */
    record EmployeeFactsChanged(String employeeId, long version, String department,
                                List<EligibilityPeriod> eligibility, List<UmAppointment> umAppointments) {
    }

    record EligibilityPeriod(String department, String classCode, LocalDate from, LocalDate to) {
    }

    record UmAppointment(String actionId, String department, String fromClassCode, String toClassCode,
                         LocalDate effectiveDate, boolean participant) {
    }

    private final EventCodec codec;
    private final EntityManager em;
    private final TransientFailures failures;
    private final MutinyEmitter<String> deadLetters;
    private final ReportCache cache;

    public EmployeeEventsConsumer(EventCodec codec, EntityManager em, TransientFailures failures,
                                  @Channel("employee-events-dead-letter") MutinyEmitter<String> deadLetters,
                                  ReportCache cache) {
        this.codec = codec;
        this.em = em;
        this.failures = failures;
        this.deadLetters = deadLetters;
        this.cache = cache;
    }

    private record Received(ConsumerRecord<String, String> record, EmployeeFactsChanged facts) {
    }

    @Incoming("employee-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        // the newest version of each employee's facts in this poll
        Map<String, Received> newest = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            EmployeeFactsChanged f;
            try {
                EventEnvelope event = codec.read(r.value());
                if (!"EmployeeFactsChanged".equals(event.type())) {
                    continue;
                }
                f = codec.data(event, EmployeeFactsChanged.class);
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
    private static void check(EmployeeFactsChanged f) {
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
    private void replace(List<EmployeeFactsChanged> facts) {
        List<EmployeeFactsChanged> newer = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(c -> {
            // one statement claims every newer version; it answers the employees it claimed
            Map<String, EmployeeFactsChanged> byEmployee = new LinkedHashMap<>();
            facts.forEach(f -> byEmployee.put(f.employeeId(), f));
            try (PreparedStatement claim = c.prepareStatement("""
                    insert into employee_facts (employee_id, version, department, recorded_at)
                    select e, v, d, ? from unnest(?::varchar[], ?::bigint[], ?::varchar[]) as t(e, v, d)
                    on conflict (employee_id) do update
                        set version = excluded.version, department = excluded.department,
                            recorded_at = excluded.recorded_at
                        where employee_facts.version < excluded.version
                    returning employee_id""")) {
                claim.setTimestamp(1, now);
                claim.setArray(2, c.createArrayOf("varchar",
                        facts.stream().map(EmployeeFactsChanged::employeeId).toArray()));
                claim.setArray(3, c.createArrayOf("bigint", facts.stream().map(EmployeeFactsChanged::version).toArray()));
                claim.setArray(4, c.createArrayOf("varchar",
                        facts.stream().map(EmployeeFactsChanged::department).toArray()));
                try (ResultSet claimed = claim.executeQuery()) {
                    while (claimed.next()) {
                        newer.add(byEmployee.get(claimed.getString(1)));
                    }
                }
            }
            if (newer.isEmpty()) {
                return;
            }
            String[] ids = newer.stream().map(EmployeeFactsChanged::employeeId).toArray(String[]::new);
            // what the replaced facts counted toward, taken back; what the new ones count, added
            Map<String, List<FigureRuns.Period>> oldPeriods = new HashMap<>();
            List<FigureRuns.Appointment> oldAppointments = new ArrayList<>();
            try (PreparedStatement delete = c.prepareStatement("""
                    delete from eligibility_period where employee_id = any (?)
                    returning employee_id, department, starts, ends""")) {
                delete.setArray(1, c.createArrayOf("varchar", ids));
                try (ResultSet old = delete.executeQuery()) {
                    while (old.next()) {
                        Date ends = old.getDate(4);
                        oldPeriods.computeIfAbsent(old.getString(1), e -> new ArrayList<>()).add(new FigureRuns.Period(
                                old.getString(2), old.getDate(3).toLocalDate(), ends == null ? null : ends.toLocalDate()));
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement("""
                    delete from um_appointment_fact where employee_id = any (?)
                    returning department, to_class_code, effective_date, participant""")) {
                delete.setArray(1, c.createArrayOf("varchar", ids));
                try (ResultSet old = delete.executeQuery()) {
                    while (old.next()) {
                        oldAppointments.add(new FigureRuns.Appointment(old.getString(1), old.getString(2),
                                old.getDate(3).toLocalDate(), old.getBoolean(4)));
                    }
                }
            }
            List<FigureRuns.Run> before = new ArrayList<>(FigureRuns.appointments(oldAppointments));
            oldPeriods.values().forEach(p -> before.addAll(FigureRuns.eligibility(p)));
            List<FigureRuns.Run> after = new ArrayList<>();
            for (EmployeeFactsChanged f : newer) {
                after.addAll(FigureRuns.eligibility(f.eligibility().stream()
                        .map(p -> new FigureRuns.Period(p.department(), p.from(), p.to())).toList()));
                after.addAll(FigureRuns.appointments(f.umAppointments().stream()
                        .map(a -> new FigureRuns.Appointment(a.department(), a.toClassCode(), a.effectiveDate(),
                                a.participant())).toList()));
            }
            FigureDeltaRepository.apply(c, FigureRuns.deltas(before, after));
            try (PreparedStatement periods = c.prepareStatement("""
                    insert into eligibility_period (employee_id, department, class_code, starts, ends)
                    values (?, ?, ?, ?, ?)""");
                 PreparedStatement appointments = c.prepareStatement("""
                    insert into um_appointment_fact (action_id, employee_id, department, from_class_code,
                        to_class_code, effective_date, participant)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (EmployeeFactsChanged f : newer) {
                    for (EligibilityPeriod p : f.eligibility()) {
                        periods.setString(1, f.employeeId());
                        periods.setString(2, p.department());
                        periods.setString(3, p.classCode());
                        periods.setDate(4, Date.valueOf(p.from()));
                        periods.setDate(5, p.to() == null ? null : Date.valueOf(p.to()));
                        periods.addBatch();
                    }
                    for (UmAppointment a : f.umAppointments()) {
                        appointments.setString(1, a.actionId());
                        appointments.setString(2, f.employeeId());
                        appointments.setString(3, a.department());
                        appointments.setString(4, a.fromClassCode());
                        appointments.setString(5, a.toClassCode());
                        appointments.setDate(6, Date.valueOf(a.effectiveDate()));
                        appointments.setBoolean(7, a.participant());
                        appointments.addBatch();
                    }
                }
                periods.executeBatch();
                appointments.executeBatch();
            }
        });
    }
}
