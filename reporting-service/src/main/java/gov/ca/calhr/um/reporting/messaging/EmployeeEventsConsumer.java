package gov.ca.calhr.um.reporting.messaging;

import gov.ca.calhr.um.commons.events.DeadLetters;
import gov.ca.calhr.um.commons.events.EventCodec;
import gov.ca.calhr.um.commons.events.EventEnvelope;
import gov.ca.calhr.um.commons.events.TransientFailures;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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

    public EmployeeEventsConsumer(EventCodec codec, EntityManager em, TransientFailures failures,
                                  @Channel("employee-events-dead-letter") MutinyEmitter<String> deadLetters) {
        this.codec = codec;
        this.em = em;
        this.failures = failures;
        this.deadLetters = deadLetters;
    }

    @Incoming("employee-events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        // the newest version of each employee's facts in this poll
        Map<String, EmployeeFactsChanged> newest = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            EmployeeFactsChanged f;
            try {
                EventEnvelope event = codec.read(r.value());
                if (!"EmployeeFactsChanged".equals(event.type())) {
                    continue;
                }
                f = codec.data(event, EmployeeFactsChanged.class);
                if (f.employeeId() == null || f.department() == null || f.eligibility() == null
                        || f.umAppointments() == null) {
                    throw new IllegalArgumentException("EmployeeFactsChanged without its facts");
                }
            } catch (RuntimeException e) {
                DeadLetters.send(deadLetters, r, "unreadable employee event: " + e.getClass().getSimpleName());
                continue;
            }
            newest.merge(f.employeeId(), f, (a, b) -> a.version() >= b.version() ? a : b);
        }
        if (!newest.isEmpty()) {
            failures.inTransaction(() -> replace(List.copyOf(newest.values())));
        }
    }

    /** For each employee whose version here is older: the facts replaced whole, in batched statements. */
    private void replace(List<EmployeeFactsChanged> facts) {
        List<EmployeeFactsChanged> newer = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement claim = c.prepareStatement("""
                    insert into employee_facts (employee_id, version, department, recorded_at) values (?, ?, ?, ?)
                    on conflict (employee_id) do update
                        set version = excluded.version, department = excluded.department,
                            recorded_at = excluded.recorded_at
                        where employee_facts.version < excluded.version""")) {
                for (EmployeeFactsChanged f : facts) {
                    claim.setString(1, f.employeeId());
                    claim.setLong(2, f.version());
                    claim.setString(3, f.department());
                    claim.setTimestamp(4, now);
                    claim.addBatch();
                }
                int[] claimed = claim.executeBatch();
                for (int i = 0; i < claimed.length; i++) {
                    if (claimed[i] != 0) {
                        newer.add(facts.get(i));
                    }
                }
            }
            if (newer.isEmpty()) {
                return;
            }
            String[] ids = newer.stream().map(EmployeeFactsChanged::employeeId).toArray(String[]::new);
            for (String table : List.of("eligibility_period", "um_appointment_fact")) {
                try (PreparedStatement delete = c.prepareStatement(
                        "delete from " + table + " where employee_id = any (?)")) {
                    delete.setArray(1, c.createArrayOf("varchar", ids));
                    delete.executeUpdate();
                }
            }
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
