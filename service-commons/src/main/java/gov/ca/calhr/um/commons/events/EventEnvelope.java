package gov.ca.calhr.um.commons.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * Every event on the platform travels as a CloudEvent 1.0 in structured JSON mode: the Kafka
 * record value is this object, the record key is the aggregate id ({@link #subject()}).
 *
 * <p>{@code eventversion} and {@code department} are CloudEvents extension attributes: the
 * version of the {@code data} contract and the department the fact belongs to (if any).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        Integer eventversion,
        String subject,
        Instant time,
        String department,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static EventEnvelope of(String id, String source, String type, int version, String subject,
                                   Instant time, String department, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, id, source, type, version, subject, time, department,
                "application/json", data);
    }
}
