package gov.ca.calhr.um.participants.messaging;

import gov.ca.calhr.um.commons.error.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.audit.AuditSource;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.events.Batches;
import gov.ca.calhr.um.commons.events.DeadLetters;
import gov.ca.calhr.um.commons.events.MalformedEventException;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.participants.config.ParticipantsConfig;
import gov.ca.calhr.um.participants.service.PersonnelActionRequest;
import gov.ca.calhr.um.participants.service.PersonnelActionService;
import io.micrometer.core.instrument.Metrics;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Personnel actions HR systems publish to {@code hr.personnel-actions.v1}: the same JSON as the
 * REST request, applied by the same engine, a poll's worth of records at a time: the poll's
 * employees split into {@code um.hr-intake.lanes} lanes (2), one transaction per lane side by side
 * (each employee's timeline recomputed once), offsets committed after every lane has committed. A record
 * that can never be applied (malformed, unknown class, actionId reused with other content) goes
 * alone to the dead-letter topic with its reason, nothing of it written; the rest of its batch is
 * applied (the batch is split in halves until the record stands alone). Transient failures are
 * retried until they pass: the partition waits, nothing goes to the dead-letter topic for them.
 * Records applied are counted once committed ({@code um_events_applied_total{consumer="participants.hr-personnel-actions"}}).
 */
@ApplicationScoped
public class HrPersonnelActionsConsumer {

    static final String TOPIC = "hr.personnel-actions.v1";
    /** The name HR records applied are counted under, next to the projections' consumers. */
    static final String CONSUMER = "participants.hr-personnel-actions";

    record Received(ConsumerRecord<String, String> record, PersonnelActionRequest request) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;
    private final PersonnelActionService service;
    private final AuditTrail audit;
    private final TransientFailures failures;
    private final MutinyEmitter<String> deadLetters;
    private final ManagedExecutor executor;
    private final int laneCount;

    public HrPersonnelActionsConsumer(ObjectMapper mapper, Validator validator, PersonnelActionService service,
                                      AuditTrail audit, TransientFailures failures, ManagedExecutor executor,
                                      ParticipantsConfig config,
                                      @Channel("hr-personnel-actions-dead-letter") MutinyEmitter<String> deadLetters) {
        this.mapper = mapper;
        this.validator = validator;
        this.service = service;
        this.audit = audit;
        this.failures = failures;
        this.deadLetters = deadLetters;
        this.executor = executor;
        this.laneCount = config.hrIntake().lanes();
    }

    @Incoming("hr-personnel-actions")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, String> records) {
        List<Received> readable = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
            try {
                readable.add(new Received(r, read(r.value())));
            } catch (MalformedEventException e) {
                deadLetter(r, e.getMessage());
            }
        }
        List<List<Received>> lanes = lanes(readable, laneCount);
        if (lanes.size() == 1) {
            apply(lanes.get(0));
            return;
        }
        // while one lane's transaction waits for the database, another computes: each lane holds
        // whole employees (their records in the order received), so no two lanes touch one
        // employee's timeline; the offsets are committed once every lane has committed
        List<CompletableFuture<Void>> others = lanes.subList(1, lanes.size()).stream()
                .map(lane -> executor.runAsync(() -> apply(lane))).toList();
        apply(lanes.get(0));
        CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
    }

    /** The records split by employee into at most {@code count} lanes, none empty, each in the order received. */
    static List<List<Received>> lanes(List<Received> records, int count) {
        List<List<Received>> lanes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lanes.add(new ArrayList<>());
        }
        for (Received r : records) {
            lanes.get(Math.floorMod(Objects.hashCode(r.request().employeeId()), count)).add(r);
        }
        lanes.removeIf(List::isEmpty);
        return lanes.isEmpty() ? List.of(List.of()) : lanes;
    }

    /** Applies the records in one transaction; a record's own fault splits the batch until it stands alone. */
    private void apply(List<Received> batch) {
        Batches.apply(batch, part -> {
                    audit.during(source(part), () -> part.size() == 1
                            ? List.of(service.apply(part.get(0).request().toCommand()))
                            : service.applyAll(part.stream().map(r -> r.request().toCommand()).toList()));
                    // committed: the service's transaction has ended
                    Metrics.counter("um.events.applied", "consumer", CONSUMER).increment(part.size());
                },
                (r, failure) -> deadLetter(r.record(), reason(r.request(), failure)), failures);
    }

    private static String reason(PersonnelActionRequest request, RuntimeException failure) {
        String detail = failure instanceof DomainException e ? e.detail() : failure.getClass().getName();
        if (failure instanceof DomainException e && e.members().get("violations") != null) {
            detail = detail + " " + e.members().get("violations");
        }
        return "personnel action " + request.actionId() + " rejected: " + detail;
    }

    /** HR systems publish without a token: the records are the actor, named by their topic and action ids. */
    private static AuditSource source(List<Received> batch) {
        PersonnelActionRequest first = batch.get(0).request();
        if (batch.size() == 1) {
            return new AuditSource("hr-system", List.of(), first.department(),
                    "record of " + TOPIC + " action " + first.actionId(), first.actionId());
        }
        ConsumerRecord<String, String> from = batch.get(0).record();
        ConsumerRecord<String, String> to = batch.get(batch.size() - 1).record();
        return new AuditSource("hr-system", List.of(), null, "records of " + TOPIC + " partition " + from.partition()
                + " offsets " + from.offset() + "-" + to.offset() + " (" + batch.size() + " actions)",
                first.actionId());
    }

    private PersonnelActionRequest read(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new MalformedEventException("empty personnel action record");
        }
        PersonnelActionRequest request;
        try {
            request = mapper.readValue(payload, PersonnelActionRequest.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("unreadable personnel action: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<PersonnelActionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("invalid personnel action: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private void deadLetter(ConsumerRecord<String, String> r, String reason) {
        DeadLetters.send(deadLetters, r, reason);
    }
}
