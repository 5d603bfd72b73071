package gov.ca.calhr.um.commons.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * JSON is read as written, in requests and in events: dates are ISO text and nothing else (a
 * number sent for an effective date is an error naming the field, not a count of days since 1970,
 * Jackson's lenient default), and a fraction sent for a whole number (a count, a page) is an error,
 * not silently cut to its integer part.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        for (Class<?> type : new Class<?>[]{LocalDate.class, Instant.class, OffsetDateTime.class}) {
            mapper.configOverride(type).setFormat(JsonFormat.Value.forLeniency(false));
        }
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
