package gov.ca.calhr.um.participants.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.audit.AuditSource;
import gov.ca.calhr.um.commons.audit.AuditTrail;
import gov.ca.calhr.um.commons.events.MalformedEventException;
import gov.ca.calhr.um.commons.events.TransientFailures;
import gov.ca.calhr.um.participants.rest.PersonnelActionResource.PersonnelActionRequest;
import gov.ca.calhr.um.participants.service.PersonnelActionService;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personnel actions HR systems publish to {@code hr.personnel-actions.v1}: the same JSON as the
 * REST request, applied the same way (idempotent on actionId). An action that can never be
 * applied (malformed, unknown class, actionId reused with other content) goes to the dead-letter
 * topic with nothing written.
 */
@ApplicationScoped
public class HrPersonnelActionsConsumer {

    static final String TOPIC = "hr.personnel-actions.v1";

    private final ObjectMapper mapper;
    private final Validator validator;
    private final PersonnelActionService service;
    private final AuditTrail audit;
    private final TransientFailures failures;

    public HrPersonnelActionsConsumer(ObjectMapper mapper, Validator validator, PersonnelActionService service,
                                      AuditTrail audit, TransientFailures failures) {
        this.mapper = mapper;
        this.validator = validator;
        this.service = service;
        this.audit = audit;
        this.failures = failures;
    }

    @Incoming("hr-personnel-actions")
    @Blocking(ordered = true)
    public void consume(String payload) {
        PersonnelActionRequest request = parse(payload);
        Set<ConstraintViolation<PersonnelActionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new MalformedEventException("invalid personnel action: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
        // HR systems publish without a token: the record is the actor, named by its topic and action id
        AuditSource source = new AuditSource("hr-system", List.of(), request.department(),
                "record of " + TOPIC + " action " + request.actionId(), request.actionId());
        // the database restarting, a lock timeout, a deadlock: retried (the partition waits, keeping the
        // order of one employee's actions); after the last attempt the record is dead-lettered
        try {
            failures.retrying(() -> audit.during(source, () -> service.apply(request.toCommand())));
        } catch (HttpProblem problem) {
            if (problem.getStatusCode() < 500) {
                throw new MalformedEventException("personnel action " + request.actionId() + " rejected: "
                        + problem.getDetail());
            }
            throw problem;
        }
    }

    private PersonnelActionRequest parse(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new MalformedEventException("empty personnel action record");
        }
        try {
            return mapper.readValue(payload, PersonnelActionRequest.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("unreadable personnel action: " + e.getOriginalMessage());
        }
    }
}
