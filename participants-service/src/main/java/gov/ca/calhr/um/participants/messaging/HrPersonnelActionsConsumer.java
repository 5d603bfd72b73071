package gov.ca.calhr.um.participants.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.ca.calhr.um.commons.events.MalformedEventException;
import gov.ca.calhr.um.participants.rest.PersonnelActionResource.PersonnelActionRequest;
import gov.ca.calhr.um.participants.service.PersonnelActionService;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.reactive.messaging.Incoming;

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

    private final ObjectMapper mapper;
    private final Validator validator;
    private final PersonnelActionService service;

    public HrPersonnelActionsConsumer(ObjectMapper mapper, Validator validator, PersonnelActionService service) {
        this.mapper = mapper;
        this.validator = validator;
        this.service = service;
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
        try {
            service.apply(request.toCommand());
        } catch (HttpProblem problem) {
            if (problem.getStatusCode() >= 500) {
                throw problem;
            }
            throw new MalformedEventException("personnel action " + request.actionId() + " rejected: "
                    + problem.getDetail());
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
